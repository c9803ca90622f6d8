import type { Command } from "../command.js";
import { diffCommand } from "./diff.js";
import { releaseCommand } from "./release.js";
import { validateCommand } from "./validate.js";

/** Every `sap` subcommand, in the order `sap --help` lists them. */
export const commands: readonly Command[] = [validateCommand, diffCommand, releaseCommand];
