// The AG Grid modules the table grid uses, and no others: every registered module adds beans
// that each new grid constructs, and a grid is created every time the clerk shows a table.
// A feature used without its module is refused by AG Grid with a console error naming the
// module (the e2e harness fails on console errors).
import {
  CellStyleModule, ClientSideRowModelModule, ColumnApiModule, CustomEditorModule, EventApiModule, HighlightChangesModule, LocaleModule,
  PinnedRowModule, RenderApiModule, RowApiModule, RowStyleModule, ScrollApiModule, TooltipModule, type Module,
} from 'ag-grid-community'

export const GRID_MODULES: Module[] = [
  ClientSideRowModelModule,
  CustomEditorModule, // MoneyEditor, NameEditor
  CellStyleModule, // cellClass (input/derived, findings, selection)
  RowStyleModule, // getRowClass (合计, 类/款 rows)
  PinnedRowModule, // 表十二/十三's row of column numbers
  TooltipModule, // findings and formulas on hover
  LocaleModule, // Chinese texts of the grid
  RowApiModule, // getRowNode, getDisplayedRowAtIndex
  ColumnApiModule, // getColumn
  ScrollApiModule, // ensureNodeVisible / ensureColumnVisible (jumps, navigation)
  RenderApiModule, // refreshCells after an edit
  HighlightChangesModule, // flashCells on a jump
  EventApiModule, // addEventListener (where the grid is scrolled horizontally)
]
