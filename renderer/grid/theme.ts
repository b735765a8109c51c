// The grid's look: AG Grid's quartz theme, made dense and bordered like a spreadsheet.
import { themeQuartz, type Theme } from 'ag-grid-community'

export const UI_FONT = ['Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'sans-serif']

export function gridTheme(zoom = 1): Theme {
  return themeQuartz.withParams({
    fontFamily: UI_FONT,
    fontSize: Math.round(13 * zoom),
    headerFontSize: Math.round(13 * zoom),
    headerFontWeight: 600,
    rowHeight: Math.round(24 * zoom),
    headerHeight: Math.round(28 * zoom),
    spacing: 3,
    cellHorizontalPadding: 6,
    wrapperBorderRadius: 0,
    borderRadius: 2,
    borderColor: '#c8ced8',
    rowBorder: { color: '#dde1e7' },
    columnBorder: { color: '#dde1e7' },
    headerColumnBorder: { color: '#c8ced8' },
    headerRowBorder: { color: '#c8ced8' },
    headerColumnResizeHandleColor: 'transparent',
    headerBackgroundColor: '#eef1f6',
    headerTextColor: '#1f2937',
    foregroundColor: '#1f2937',
    backgroundColor: '#ffffff',
    accentColor: '#1f6feb',
    rowHoverColor: 'rgba(31, 111, 235, 0.05)',
    oddRowBackgroundColor: '#ffffff',
    tooltipBackgroundColor: '#1f2937',
    tooltipTextColor: '#ffffff',
  })
}
