import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, readFileSync, realpathSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { basename, dirname, join } from "node:path";
import { promisify } from "node:util";

/*
 * An npm registry on 127.0.0.1 for one test run, serving the exact third-party
 * packages this workspace installed (packed from pnpm's node_modules), so a
 * fresh npm project installs the toolchain's tarballs offline and resolves
 * their dependencies as it would from the public registry: by the ranges the
 * packed manifests declare, nothing else. Anything it does not hold is a 404.
 */

const run = promisify(execFile);

interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly peerDependenciesMeta?: Readonly<Record<string, { optional?: boolean }>>;
}

function manifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
}

/** Where Node would find `name` from `dir` (the real folder, through pnpm's links); undefined when nowhere. */
function installedFrom(dir: string, name: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    const candidate =
      basename(at) === "node_modules" ? join(at, name) : join(at, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return realpathSync(candidate);
    if (dirname(at) === at) return undefined;
  }
}

/**
 * The folders of every package outside `skipScope` that `roots` need at run
 * time, transitively: dependencies, required peers, and the optional ones
 * installed here (other platforms' binaries are not, and npm skips them).
 */
export function runtimeClosure(roots: readonly string[], skipScope: string): string[] {
  const found = new Set<string>();
  const visit = (dir: string): void => {
    const pkg = manifest(dir);
    const peers = Object.keys(pkg.peerDependencies ?? {}).filter(
      (name) => pkg.peerDependenciesMeta?.[name]?.optional !== true,
    );
    const optional = new Set(Object.keys(pkg.optionalDependencies ?? {}));
    for (const name of [...Object.keys(pkg.dependencies ?? {}), ...optional, ...peers]) {
      if (name.startsWith(`${skipScope}/`)) continue;
      const at = installedFrom(dir, name);
      if (at === undefined) {
        if (optional.has(name)) continue;
        throw new Error(`${pkg.name} needs ${name}, which is not installed from ${dir}`);
      }
      if (found.has(at)) continue;
      found.add(at);
      visit(at);
    }
  };
  for (const root of roots) visit(realpathSync(root));
  return [...found].sort();
}

interface Served {
  readonly manifest: Manifest;
  readonly tarball: string;
  readonly integrity: string;
}

/**
 * `npm pack`s every folder (one npm process) into `destination`. Each is packed
 * from a plain copy: pnpm hard-links installed files to its store, and npm pack
 * never finishes on hard-linked files ("Exit handler never called").
 */
export async function npmPack(dirs: readonly string[], destination: string): Promise<Served[]> {
  const copies = dirs.map((dir, i) => {
    const copy = join(destination, "staging", String(i));
    cpSync(dir, copy, { recursive: true, dereference: true });
    return copy;
  });
  const { stdout } = await run(
    "npm",
    ["pack", ...copies, "--pack-destination", destination, "--json", "--ignore-scripts"],
    { maxBuffer: 256 << 20 },
  );
  const byId = new Map(dirs.map((dir) => [`${manifest(dir).name}@${manifest(dir).version}`, dir]));
  const packed = JSON.parse(stdout) as { name: string; version: string; filename: string }[];
  return packed.map((p) => {
    const dir = byId.get(`${p.name}@${p.version}`);
    if (dir === undefined)
      throw new Error(`npm pack wrote ${p.filename}, which no folder given holds`);
    return served(manifest(dir), join(destination, p.filename));
  });
}

/** A tarball to serve, with the integrity npm checks it against. */
function served(pkg: Manifest, tarball: string): Served {
  const digest = createHash("sha512").update(readFileSync(tarball)).digest("base64");
  return { manifest: pkg, tarball, integrity: `sha512-${digest}` };
}

/** Starts the registry; `url` ends with a slash. */
export async function startRegistry(
  packages: readonly Served[],
): Promise<{ url: string; close: () => Promise<void> }> {
  const byName = new Map<string, Served[]>();
  for (const p of packages)
    byName.set(p.manifest.name, [...(byName.get(p.manifest.name) ?? []), p]);
  const tarballs = new Map(packages.map((p) => [basename(p.tarball), p.tarball]));
  let url = "";
  const server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? "/").split("?")[0] as string).slice(1);
    const tarball = path.startsWith("-/") ? tarballs.get(path.slice(2)) : undefined;
    if (tarball !== undefined) {
      response.writeHead(200, { "content-type": "application/octet-stream" });
      response.end(readFileSync(tarball));
      return;
    }
    const versions = byName.get(path);
    if (versions === undefined) {
      response.writeHead(404, { "content-type": "application/json" });
      response.end('{"error":"not found"}');
      return;
    }
    const sorted = [...versions].sort((a, b) =>
      a.manifest.version.localeCompare(b.manifest.version, "en", { numeric: true }),
    );
    const packument = {
      name: path,
      "dist-tags": { latest: sorted[sorted.length - 1]?.manifest.version },
      versions: Object.fromEntries(
        sorted.map((p) => [
          p.manifest.version,
          {
            ...p.manifest,
            dist: { tarball: `${url}-/${basename(p.tarball)}`, integrity: p.integrity },
          },
        ]),
      ),
    };
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify(packument));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
