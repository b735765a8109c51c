// Load a published seed's parsed tables from test/fixtures (copied from ../shared/fixtures so
// a fresh clone tests without it).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { PublishedDisclosure } from '../../shared/import/published'

export const SEEDS = ['000', '002', '004'] as const
export type Seed = (typeof SEEDS)[number]

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url))
}

export function seedJson(seed: Seed): { department: string; nameLabel: '部门名称' | '单位名称'; year: string; normalized: PublishedDisclosure['tables'] } {
  return JSON.parse(readFileSync(fixturePath(`${seed}.json`), 'utf8'))
}

export function seedDisclosure(seed: Seed): PublishedDisclosure {
  const j = seedJson(seed)
  return { meta: { department: j.department, nameLabel: j.nameLabel, year: Number(j.year) }, tables: j.normalized, found: {} }
}
