// A modal frame: title, body, buttons; Esc closes.
import { useEffect, useRef, type ReactNode } from 'react'
import { escapeKey } from '../ime-keys'

export function Dialog(props: { title: string; children: ReactNode; footer?: ReactNode; onClose: () => void; wide?: boolean; name?: string }) {
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const el = box.current
    if (el && !el.contains(document.activeElement)) (el.querySelector('[data-autofocus]') as HTMLElement | null ?? el).focus()
  }, [])
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && props.onClose()}>
      <div
        ref={box}
        className={props.wide ? 'modal wide' : 'modal'}
        role="dialog"
        aria-modal="true"
        aria-label={props.title}
        data-dialog={props.name}
        tabIndex={-1}
        onKeyDown={(e) => {
          if (escapeKey(e)) {
            e.stopPropagation()
            props.onClose()
          }
        }}
      >
        <div className="modal-title">{props.title}</div>
        <div className="modal-body">{props.children}</div>
        {props.footer && <div className="modal-footer">{props.footer}</div>}
      </div>
    </div>
  )
}

/** The footer of a form dialog: 取消 closes, the primary button confirms. */
export function ConfirmFooter(props: { label: string; onConfirm: () => void; onCancel: () => void; disabled?: boolean }) {
  return (
    <>
      <button type="button" onClick={props.onCancel}>取消</button>
      <button type="button" className="primary" disabled={props.disabled} onClick={props.onConfirm}>{props.label}</button>
    </>
  )
}
