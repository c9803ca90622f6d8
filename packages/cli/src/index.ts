export type { Command, CommandIo } from "./command.js";
export { ExitCode } from "./command.js";
export { main } from "./main.js";
