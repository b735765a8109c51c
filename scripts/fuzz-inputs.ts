// `npm run fuzz`: 200 damaged, foreign or hostile inputs through the real CLI (`budget-tables
// check`), each in its own process with a 10 s limit and a 500 MB memory ceiling. Every one must
// end with exit 2 and a Chinese message, or be read with the problem reported — never a crash, a
// hang, a stack trace or a machine brought to its knees.
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { spawn } from 'node:child_process'
import { damagedInput, EXPECT, extensionOf, type DamageKind } from '../test/support/damaged-inputs'

const COUNT = Number(process.argv[2] ?? 200)
const LIMIT_MS = 10_000
const LIMIT_MB = 500
const BIN = resolve('bin/budget-tables.mjs')

interface Outcome { n: number; kind: DamageKind; code: number | null; ms: number; mb: number; cpuMs: number; ok: boolean; why: string }

/** Peak resident memory (MB) and CPU time used so far (ms) of a running process (Linux /proc; zeros where there is none). */
function usage(pid: number): { mb: number; cpuMs: number } {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    // Fields 14 and 15 of /proc/<pid>/stat: user and system time in clock ticks (100 a second).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return { mb: m ? Number(m[1]) / 1024 : 0, cpuMs: (Number(stat[11]) + Number(stat[12])) * 10 }
  } catch {
    return { mb: 0, cpuMs: 0 }
  }
}

function runCheck(file: string): Promise<{ code: number | null; stdout: string; stderr: string; ms: number; mb: number; cpuMs: number }> {
  return new Promise((done) => {
    const start = performance.now()
    const child = spawn(process.execPath, [BIN, 'check', file, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), LIMIT_MS)
    // Both only grow, so the last reading before exit is within 20 ms of the end. CPU time says
    // what the file cost when a loaded machine stretches the wall-clock time.
    let mb = 0
    let cpuMs = 0
    const sampler = setInterval(() => {
      const u = usage(child.pid ?? 0)
      mb = Math.max(mb, u.mb)
      cpuMs = Math.max(cpuMs, u.cpuMs)
    }, 20)
    child.on('close', (code) => {
      clearTimeout(timer)
      clearInterval(sampler)
      done({ code, stdout, stderr, ms: performance.now() - start, mb, cpuMs })
    })
  })
}

export function judge(kind: DamageKind, r: { code: number | null; stdout: string; stderr: string; ms: number; mb?: number }): string | null {
  if (r.code === null) return '超时或被终止'
  if ((r.mb ?? 0) > LIMIT_MB) return `内存峰值 ${Math.round(r.mb!)} MB，超过 ${LIMIT_MB} MB`
  if (/at .+:\d+:\d+|TypeError|RangeError|Error:|\[object Object\]/.test(r.stderr)) return `出现了程序错误：${r.stderr.slice(0, 200)}`
  if (r.code === 2) return EXPECT[kind] === 'report' ? '应读出并报告问题，却拒绝了' : /[\u4e00-\u9fff]/.test(r.stderr) ? null : '拒绝时没有中文说明'
  if (r.code === 0 || r.code === 1) {
    if (EXPECT[kind] === 'refuse') return `应拒绝，却以 ${r.code} 退出`
    const out = JSON.parse(r.stdout) as { importNotes: unknown[]; importReport: unknown[] }
    return out.importNotes.length + out.importReport.length > 0 ? null : '读出了，但没有报告任何问题'
  }
  return `意外的退出码 ${r.code}`
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'fuzz-'))
  const outcomes: Outcome[] = []
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < COUNT) {
      const n = next++
      const { kind, data } = await damagedInput(n)
      const file = join(dir, `input-${n}${extensionOf(kind)}`)
      writeFileSync(file, data)
      const r = await runCheck(file)
      const why = judge(kind, r)
      outcomes.push({ n, kind, code: r.code, ms: r.ms, mb: r.mb, cpuMs: r.cpuMs, ok: why === null, why: why ?? '' })
      rmSync(file)
    }
  }
  await Promise.all([worker(), worker()])
  rmSync(dir, { recursive: true, force: true })
  const byKind = new Map<string, Outcome[]>()
  for (const o of outcomes) byKind.set(o.kind, [...(byKind.get(o.kind) ?? []), o])
  for (const [kind, list] of byKind) {
    const ms = Math.max(...list.map((o) => o.ms))
    const mb = Math.max(...list.map((o) => o.mb))
    const cpu = Math.max(...list.map((o) => o.cpuMs))
    console.log(`${kind.padEnd(22)} ${String(list.length).padStart(3)} inputs  exit ${[...new Set(list.map((o) => o.code))].join('/')}  max ${ms.toFixed(0)} ms (cpu ${cpu} ms)  peak ${mb.toFixed(0)} MB  failures ${list.filter((o) => !o.ok).length}`)
  }
  const failed = outcomes.filter((o) => !o.ok)
  for (const f of failed) console.log(`FAIL #${f.n} ${f.kind}: ${f.why}`)
  const slowest = Math.max(...outcomes.map((o) => o.ms))
  const biggest = Math.max(...outcomes.map((o) => o.mb))
  console.log(`fuzz: ${outcomes.length - failed.length} passed, ${failed.length} failed (slowest ${slowest.toFixed(0)} ms, limit ${LIMIT_MS} ms; peak ${biggest.toFixed(0)} MB, limit ${LIMIT_MB} MB)`)
  process.exitCode = failed.length ? 1 : 0
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
