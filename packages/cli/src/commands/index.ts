import type { Command } from "../command.js";

/** Every `sap` subcommand, in the order `sap --help` lists them. */
export const commands: readonly Command[] = [];
