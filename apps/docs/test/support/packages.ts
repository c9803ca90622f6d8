/** The workspace's registry packages, which pnpm links into apps/docs/node_modules. */
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";

const packages = realpathSync(fileURLToPath(new URL("../../../../packages/", import.meta.url)));

/** @handshake/session-anti-patterns */
export const REGISTRY_PACKAGE_DIR = `${packages}/registry`;
/** @handshake/session-anti-patterns-docs */
export const DOCS_PACKAGE_DIR = `${packages}/registry-docs`;
