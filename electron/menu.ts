// The Chinese application menu. Items send commands to the renderer, which owns the book and
// the undo history; main only relays. The template is a pure function so a test can check
// labels, shortcuts and that every MenuCommand is reachable.
import type { Menu, MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../shared/ipc-contract'

export interface MenuOptions {
  /** Adds 开发者工具 (development builds only). */
  devTools?: boolean
  /** The 导出时保留旧工作簿（.bak） setting and how to change it (absent: no such item). */
  exportBackups?: { checked: boolean; set(checked: boolean): void }
}

/** Shows a long path as "名称  —  folder" so the file name is what the eye finds first. */
export function recentLabel(path: string, index: number): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'))
  const name = path.slice(cut + 1)
  const folder = cut > 0 ? path.slice(0, cut) : ''
  // `&` would become a mnemonic underline on Windows/Linux; `&&` shows a literal ampersand.
  const escape = (s: string) => s.replaceAll('&', '&&')
  const number = index < 9 ? `&${index + 1} ` : ''
  return `${number}${escape(name)}${folder ? `  —  ${escape(folder)}` : ''}`
}

/** A checkbox: off by default, so a folder of workbooks about to be published holds only workbooks. */
function exportBackupItem({ exportBackups }: MenuOptions): MenuItemConstructorOptions[] {
  if (!exportBackups) return []
  return [{ label: '导出时保留旧工作簿（.bak）', type: 'checkbox', checked: exportBackups.checked, click: (item) => exportBackups.set(item.checked) }]
}

export function buildMenuTemplate(
  recent: readonly string[],
  send: (command: MenuCommand) => void,
  openRecent: (path: string) => void,
  options: MenuOptions = {},
): MenuItemConstructorOptions[] {
  const command = (label: string, cmd: MenuCommand, accelerator?: string, extra: MenuItemConstructorOptions = {}): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    ...extra,
    click: () => send(cmd),
  })

  const recentItems: MenuItemConstructorOptions[] =
    recent.length > 0
      ? recent.map((path, i) => ({ label: recentLabel(path, i), click: () => openRecent(path) }))
      : [{ label: '（无）', enabled: false }]

  const viewItems: MenuItemConstructorOptions[] = [
    command('放大', 'view-zoom-in', 'CmdOrCtrl+='),
    command('缩小', 'view-zoom-out', 'CmdOrCtrl+-'),
    command('实际大小', 'view-zoom-reset', 'CmdOrCtrl+0'),
    { type: 'separator' },
    command('审核', 'view-checks', 'F7'),
    command('导入报告…', 'view-import-report'),
  ]
  if (options.devTools) viewItems.push({ type: 'separator' }, { label: '开发者工具', role: 'toggleDevTools' })

  return [
    {
      label: '文件(&F)',
      submenu: [
        command('新建', 'new', 'CmdOrCtrl+N'),
        command('打开…', 'open', 'CmdOrCtrl+O'),
        { label: '最近打开', submenu: recentItems },
        { type: 'separator' },
        command('保存', 'save', 'CmdOrCtrl+S'),
        command('另存为…', 'save-as', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        command('导入上年文件并结转…', 'roll-forward'),
        command('导出Excel…', 'export-xlsx', 'CmdOrCtrl+E'),
        command('导出公开文件…', 'export-document', 'CmdOrCtrl+Shift+E'),
        ...exportBackupItem(options),
        command('生成填报表…', 'issue-template'),
        command('汇总单位文件…', 'consolidate'),
        { type: 'separator' },
        // role 'quit' closes the window first, so the unsaved-changes question still comes.
        { label: '退出', role: 'quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: '编辑(&E)',
      submenu: [
        command('撤销', 'undo', 'CmdOrCtrl+Z'),
        command('重做', 'redo', 'CmdOrCtrl+Y'),
        { type: 'separator' },
        // Native roles: clicking them makes Electron raise ordinary copy/paste events in the page
        // (webContents.copy()/paste()), which the grid and text fields handle, with no clipboard
        // permission granted to the page. The shortcuts are shown but left to the page itself.
        { label: '复制', role: 'copy', accelerator: 'CmdOrCtrl+C', registerAccelerator: false },
        { label: '粘贴', role: 'paste', accelerator: 'CmdOrCtrl+V', registerAccelerator: false },
        { type: 'separator' },
        // Not Ctrl+Insert / Shift+Insert: on Windows those are copy and paste.
        command('插入行', 'insert-row', 'CmdOrCtrl+Shift+Insert'),
        command('删除行', 'delete-row', 'CmdOrCtrl+Shift+Delete'),
      ],
    },
    { label: '视图(&V)', submenu: viewItems },
    { label: '帮助(&H)', submenu: [command('关于', 'help-about')] },
  ]
}

export interface SetupMenuDeps {
  Menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>
  recent: readonly string[]
  send: (command: MenuCommand) => void
  openRecent: (path: string) => void
  options?: MenuOptions
}

/** Installs (or re-installs, when the recent list changes) the application menu. */
export function setupMenu({ Menu, recent, send, openRecent, options }: SetupMenuDeps): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(recent, send, openRecent, options)))
}
