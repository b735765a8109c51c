import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { MENU_COMMANDS } from '../../shared/ipc-contract'
import type { MenuCommand } from '../../shared/ipc-contract'
import { buildMenuTemplate, recentLabel, setupMenu } from '../../electron/menu'

type Item = MenuItemConstructorOptions

function flatten(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])])
}

function find(items: Item[], label: string): Item {
  const item = flatten(items).find((i) => i.label === label)
  if (!item) throw new Error(`no menu item ${label}`)
  return item
}

function click(item: Item): void {
  ;(item.click as () => void)()
}

describe('buildMenuTemplate', () => {
  const sent: MenuCommand[] = []
  const opened: string[] = []
  const recent = ['/home/clerk/2026.ysb', 'C:\\Users\\会计\\文档\\财政&发改 2025.xlsx']
  const template = buildMenuTemplate(recent, (c) => sent.push(c), (p) => opened.push(p))

  it('has the Chinese top-level menus with mnemonics', () => {
    expect(template.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)'])
  })

  it.each<[string, MenuCommand, string | undefined]>([
    ['新建', 'new', 'CmdOrCtrl+N'],
    ['打开…', 'open', 'CmdOrCtrl+O'],
    ['保存', 'save', 'CmdOrCtrl+S'],
    ['另存为…', 'save-as', 'CmdOrCtrl+Shift+S'],
    ['导入上年文件并结转…', 'roll-forward', undefined],
    ['导出Excel…', 'export-xlsx', 'CmdOrCtrl+E'],
    ['撤销', 'undo', 'CmdOrCtrl+Z'],
    ['重做', 'redo', 'CmdOrCtrl+Y'],
    ['插入行', 'insert-row', 'CmdOrCtrl+Shift+Insert'],
    ['删除行', 'delete-row', 'CmdOrCtrl+Shift+Delete'],
    ['放大', 'view-zoom-in', 'CmdOrCtrl+='],
    ['缩小', 'view-zoom-out', 'CmdOrCtrl+-'],
    ['实际大小', 'view-zoom-reset', 'CmdOrCtrl+0'],
    ['审核', 'view-checks', 'F7'],
    ['导入报告…', 'view-import-report', undefined],
    ['关于', 'help-about', undefined],
  ])('%s sends %s (%s)', (label, command, accelerator) => {
    const item = find(template, label)
    expect(item.accelerator).toBe(accelerator)
    sent.length = 0
    click(item)
    expect(sent).toEqual([command])
  })

  it('reaches every MenuCommand but copy and paste, which are native roles', () => {
    sent.length = 0
    for (const item of flatten(template)) if (item.click && !item.role) click(item)
    // 'open-recent' is main's own (a recent item names the file first), not a plain command.
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS.filter((c) => c !== 'copy' && c !== 'paste' && c !== 'open-recent')))
  })

  it('copies and pastes through native roles (page copy/paste events, no clipboard permission) and leaves Ctrl+C / Ctrl+V to the page', () => {
    expect(find(template, '复制')).toMatchObject({ role: 'copy', accelerator: 'CmdOrCtrl+C', registerAccelerator: false })
    expect(find(template, '粘贴')).toMatchObject({ role: 'paste', accelerator: 'CmdOrCtrl+V', registerAccelerator: false })
  })

  it('has no duplicate accelerators', () => {
    const accelerators = flatten(template).map((i) => i.accelerator).filter(Boolean)
    expect(new Set(accelerators).size).toBe(accelerators.length)
  })

  it('lists recent files, most recent first, and opens them', () => {
    const submenu = find(template, '最近打开').submenu as Item[]
    expect(submenu.map((i) => i.label)).toEqual([
      '&1 2026.ysb  —  /home/clerk',
      '&2 财政&&发改 2025.xlsx  —  C:\\Users\\会计\\文档',
    ])
    opened.length = 0
    click(submenu[1]!)
    expect(opened).toEqual([recent[1]])
  })

  it('shows a disabled （无） when there are no recent files', () => {
    const empty = buildMenuTemplate([], vi.fn(), vi.fn())
    expect(find(empty, '最近打开').submenu).toEqual([{ label: '（无）', enabled: false }])
  })

  it('quits through the quit role (the window close guard still asks)', () => {
    expect(find(template, '退出').role).toBe('quit')
  })

  it('offers developer tools only when asked', () => {
    expect(flatten(template).some((i) => i.role === 'toggleDevTools')).toBe(false)
    const dev = buildMenuTemplate([], vi.fn(), vi.fn(), { devTools: true })
    expect(find(dev, '开发者工具').role).toBe('toggleDevTools')
  })

  it('offers 导出时保留旧工作簿（.bak） as a checkbox that reports the new state', () => {
    const set = vi.fn()
    const menu = buildMenuTemplate([], vi.fn(), vi.fn(), { exportBackups: { checked: false, set } })
    const item = find(menu, '导出时保留旧工作簿（.bak）')
    expect(item).toMatchObject({ type: 'checkbox', checked: false })
    ;(item.click as (i: { checked: boolean }) => void)({ checked: true })
    expect(set).toHaveBeenCalledWith(true)
  })

  it('every label is Chinese', () => {
    for (const item of flatten(template)) if (item.label && !item.label.startsWith('&')) expect(item.label).toMatch(/[\u4e00-\u9fff]/)
  })
})

describe('recentLabel', () => {
  it('numbers only the first nine', () => {
    expect(recentLabel('/a/b.ysb', 8)).toBe('&9 b.ysb  —  /a')
    expect(recentLabel('/a/b.ysb', 9)).toBe('b.ysb  —  /a')
  })
})

describe('setupMenu', () => {
  it('installs the built menu', () => {
    const built = { id: 'menu' }
    const Menu = { buildFromTemplate: vi.fn(() => built), setApplicationMenu: vi.fn() }
    setupMenu({ Menu: Menu as never, recent: [], send: vi.fn(), openRecent: vi.fn() })
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(built)
  })
})
