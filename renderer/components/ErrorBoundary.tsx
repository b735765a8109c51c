// A failure while drawing the window shows what happened instead of a blank window.
import { Component, type ReactNode } from 'react'

export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null }

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error }
  }

  override render(): ReactNode {
    const { error } = this.state
    if (!error) return this.props.children
    return (
      <div className="fatal" role="alert">
        <h1>程序出错</h1>
        <p>界面遇到了无法处理的错误。未保存的修改已按 30 秒间隔自动备份，重新打开程序时可以恢复。</p>
        <pre>{error.message}</pre>
        <button type="button" className="primary" onClick={() => location.reload()}>重新加载</button>
      </div>
    )
  }
}
