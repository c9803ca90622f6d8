import type { FileRule } from "../rule.js";

export const notAFile: FileRule = {
  phase: "file",
  code: "SAP-E002",
  description: "A path where the registry expects a YAML file is a directory.",
  message: () => "is a directory, expected a YAML file",
  hint: "move the directory away; registry files are plain .yaml files",
};
