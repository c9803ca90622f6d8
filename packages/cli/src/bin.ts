#!/usr/bin/env node
import { main } from "./main.js";

// `sap … | head` closes the pipe early: that is the reader's choice, not an
// error, so stop quietly instead of crashing on the write.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  isTty: Boolean(process.stderr.isTTY),
});
process.exitCode = code;
