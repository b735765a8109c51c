// Print the rows of every sheet of an .xlsx as exceljs sees them: `node scripts/dump-xlsx.mjs file.xlsx [rows per sheet]`.
import ExcelJS from 'exceljs'
const f = process.argv[2]
const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(f)
for (const ws of wb.worksheets) {
  console.log('=== sheet', ws.name, ws.rowCount, ws.columnCount, 'merges', Object.keys(ws._merges||{}).length)
  let n=0
  ws.eachRow({includeEmpty:false},(row,r)=>{ if(n++<Number(process.argv[3]||12)) console.log(r, JSON.stringify(row.values.map(v=> v&&typeof v==='object'? (v.richText? v.richText.map(x=>x.text).join(''):JSON.stringify(v)):v)))})
}
