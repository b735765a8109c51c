import { describe, it, expect } from 'vitest'
import { readCatalogRows } from '../../../shared/catalog/catalog-rows'

describe('readCatalogRows', () => {
  it('reads codes and names past titles, headers, blank rows, numeric codes and indents', () => {
    const r = readCatalogRows([
      ['2026年政府收支分类科目（支出功能分类）'],
      ['科目编码', '科目名称'],
      [],
      [201, '一般公共服务支出'],
      ['20101', '　人大事务'],
      [2010101, '    行政运行'],
      ['2010102 一般行政管理事务'],
      ['2010101', '重复'],
    ])
    expect(r.entries).toEqual([
      { code: '201', name: '一般公共服务支出' },
      { code: '20101', name: '人大事务' },
      { code: '2010101', name: '行政运行' },
      { code: '2010102', name: '一般行政管理事务' },
    ])
    expect(r.skipped).toEqual([])
  })

  it('says which rows it could not read', () => {
    const r = readCatalogRows([['2010', '四位编码'], ['3010101', '经济分类'], ['2010101', '']])
    expect(r.entries).toEqual([])
    expect(r.skipped).toEqual([
      '第 1 行的编码“2010”不是 3、5 或 7 位的支出功能分类编码',
      '第 2 行的编码“3010101”不是 3、5 或 7 位的支出功能分类编码',
      '第 3 行的科目 2010101 没有名称',
    ])
  })
})

describe('readCatalogRows on other layouts', () => {
  it('skips a level column and reads codes joined to their names', () => {
    const r = readCatalogRows([
      ['科目编码', '级次', '科目名称'],
      ['2010101', '项', '行政运行'],
      ['[2010102]一般行政管理事务'],
      ['2010103-机关服务'],
      ['2010104', '3', '人大会议'],
    ])
    expect(r.entries).toEqual([
      { code: '2010101', name: '行政运行' },
      { code: '2010102', name: '一般行政管理事务' },
      { code: '2010103', name: '机关服务' },
      { code: '2010104', name: '人大会议' },
    ])
  })
})
