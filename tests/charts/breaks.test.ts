/**
 * Breaks are data: a chart never draws a line across a break its dataset declares, and a map
 * never colours a province in a year before a change of its boundaries. Checked on every
 * published chart spec and on the poverty trend chart of each of the 63 province pages, from
 * their data functions (`lineData`, `mapYearsData`), against the declarations themselves.
 */
import { describe, expect, it } from 'vitest';
import type { ChartSpec, LineSpec, MapSpec } from '../../src/lib/charts/chartSpec.ts';
import { lineData } from '../../src/lib/charts/lineChart.ts';
import { mapYearsData } from '../../src/lib/charts/mapChart.ts';
import type { SeriesBreak, Table } from '../../src/lib/data/index.ts';
import { POVERTY_RATE_ID, povertyTrendChart } from '../../src/lib/provinces/povertyTrendChart.ts';
import { projectContext, projectTables, publishedChart, publishedChartIds } from '../helpers/publishedCharts.ts';

const tables = projectTables;
const { provinces } = projectContext;
const specs = publishedChartIds.map((id) => publishedChart(id).spec);

/** The province codes of a table's rows whose `column` holds `value`: how a series meets the declarations. */
function codesOf(table: Table, column: string, value: string): Set<string> {
  const code = table.schema.columns.find((c) => c.references === 'provinces')?.name;
  return new Set(
    table.rows
      .filter((row) => String(row[column]) === value)
      .map((row) => (code === undefined ? null : row[code]))
      .filter((c): c is string => typeof c === 'string'),
  );
}

const declaredFor = (table: Table, codes: Set<string>): SeriesBreak[] =>
  table.schema.breaks.filter((b) => b.provinces === 'all' || b.provinces.some((code) => codes.has(code)));

/** Every place a line of the chart joins two points across a declared break of its series. */
function linesAcrossBreaks(table: Table, spec: LineSpec): string[] {
  const found: string[] = [];
  for (const series of lineData(table, spec).series) {
    const breaks = declaredFor(table, codesOf(table, spec.series, series.name));
    for (const segment of series.segments) {
      for (let i = 1; i < segment.length; i++) {
        const [a, b] = [segment[i - 1], segment[i]];
        for (const declared of breaks) {
          if (a.x < declared.before && declared.before <= b.x)
            found.push(`${series.name}: ${a.x}–${b.x} crosses "${declared.label}" (before ${declared.before})`);
        }
      }
    }
  }
  return found;
}

/** Every province a map colours in a year before a declared change of its boundaries. */
function colouredBeforeBoundaryChange(table: Table, spec: MapSpec): string[] {
  const codes = [...provinces.keys()];
  const data = mapYearsData(table, spec, codes);
  const found: string[] = [];
  for (const b of table.schema.breaks) {
    if (b.kind !== 'boundary' || b.provinces === 'all') continue;
    for (const code of b.provinces) {
      data.years.forEach((year, i) => {
        const cls = data.classes[code]?.[i];
        if (year < b.before && cls !== undefined && cls !== 'nodata' && cls !== 'incomparable')
          found.push(`${provinces.get(code)?.name} ${year}: coloured ${cls} before "${b.label}" (${b.before})`);
      });
    }
  }
  return found;
}

describe('declared breaks are honoured by every published chart', () => {
  it('the bundled data declares the breaks this test guards (else it would pass vacuously)', () => {
    const poverty = tables.get(POVERTY_RATE_ID)!.schema.breaks;
    expect(poverty.some((b) => b.kind === 'standard' && b.before === 2010)).toBe(true);
    expect(
      poverty.some((b) => b.kind === 'boundary' && b.before === 2008 && b.provinces !== 'all' && b.provinces.includes('01')),
    ).toBe(true);
  });

  for (const spec of specs.filter(
    (s): s is Extract<ChartSpec, { type: 'line' | 'map' }> => s.type === 'line' || s.type === 'map',
  )) {
    it(`${spec.id}: ${spec.type === 'line' ? 'no line crosses' : 'no province is coloured before'} a declared break`, () => {
      const table = tables.get(spec.dataset)!;
      expect(spec.type === 'line' ? linesAcrossBreaks(table, spec) : colouredBeforeBoundaryChange(table, spec)).toEqual([]);
    });
  }

  it('the poverty trend chart of each of the 63 provinces draws no line across a declared break', () => {
    const table = tables.get(POVERTY_RATE_ID)!;
    const found = [...provinces.values()].flatMap((province) => {
      const chart = povertyTrendChart(table, province, provinces);
      return chart ? linesAcrossBreaks(table, chart.spec).map((line) => `${province.slug}: ${line}`) : [];
    });
    expect(found).toEqual([]);
  });
});
