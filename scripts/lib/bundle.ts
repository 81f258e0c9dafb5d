/** Bundles a consumer file the way an app's bundler would, and measures it. Shared by the size check and the bench. */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export interface BundleResult {
  readonly code: string;
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
  /** Bytes of the output that come from zod. */
  readonly zodBytes: number;
}

/** Bundles `source` (ESM) resolving packages from `resolveDir`, minified, for the browser. */
export async function bundle(source: string, resolveDir: string): Promise<BundleResult> {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'ts', sourcefile: 'consumer.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    metafile: true,
  });
  const code = result.outputFiles[0]?.text ?? '';
  const inputs = Object.values(result.metafile.outputs).flatMap((output) => Object.entries(output.inputs));
  const zodBytes = inputs
    .filter(([path]) => path.includes('node_modules/zod/'))
    .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
  return { code, minifiedBytes: Buffer.byteLength(code), gzipBytes: gzipSync(code, { level: 9 }).length, zodBytes };
}

/** Minified, gzipped size of exactly this data as JSON: the floor a bundle carrying it cannot beat by much. */
export function jsonGzipBytes(data: unknown): number {
  return gzipSync(JSON.stringify(data), { level: 9 }).length;
}
