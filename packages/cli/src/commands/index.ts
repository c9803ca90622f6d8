import type { Command } from "../command.js";
import { validateCommand } from "./validate.js";

/** Every `sap` subcommand, in the order `sap --help` lists them. */
export const commands: readonly Command[] = [validateCommand];
