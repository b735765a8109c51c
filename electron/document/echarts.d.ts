// Types for the single-file ECharts build chart-image.ts imports: the package ships them only
// for its root entry.
declare module 'echarts/dist/echarts.esm.min.mjs' {
  export * from 'echarts'
}
