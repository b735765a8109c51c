// Types of bin/cli-bundle.mjs for the TypeScript that imports it (tests, vitest setup).
export const ROOT: string
export function currentBuild(root?: string): string | null
export function buildCli(root?: string): Promise<string>
