/**
 * Chart colours, light and dark: the one list that `src/styles/charts.css` (as CSS variables)
 * and the PNG/SVG exports follow. Tests keep the two equal (tests/build/embeds.test.ts,
 * tests/lib/charts/palette.test.ts).
 */
export const palette = {
  light: {
    text: '#333333',
    muted: '#666666',
    grid: '#e3e3e3',
    baseline: '#8c8c8c',
    context: '#c4c4c4',
    bar: '#7f93a8',
    c1: '#0b6aa6',
    c2: '#c2410c',
    c3: '#6f3a8f',
    c4: '#0f7b5f',
    track: '#ececec',
    background: '#ffffff',
  },
  dark: {
    text: '#e0e0e0',
    muted: '#b0b0b0',
    grid: '#333333',
    baseline: '#8a8a8a',
    context: '#4d4d4d',
    bar: '#7f93a8',
    c1: '#5cb8f0',
    c2: '#f59a5b',
    c3: '#d09be8',
    c4: '#4fd1a5',
    track: '#2c2c2c',
    background: '#121212',
  },
  /**
   * One colour per entity, in every chart that draws it (see `entityColour`): the country, each
   * of the six regions, and the province a chart is about. Each reads at ≥ 4.5:1 on its theme's
   * background, so a line and its end label in that colour are legible; the country is a
   * neutral dark grey, the reference every other line is read against.
   */
  entities: {
    country: { light: '#4d4d4d', dark: '#d9d9d9' },
    province: { light: '#0b6aa6', dark: '#5cb8f0' },
    northernMidlands: { light: '#c2410c', dark: '#f59a5b' },
    redRiverDelta: { light: '#6f3a8f', dark: '#d09be8' },
    northCentralCoast: { light: '#8a5a00', dark: '#e3b341' },
    centralHighlands: { light: '#0f7b5f', dark: '#4fd1a5' },
    southeast: { light: '#b3206b', dark: '#f28cbf' },
    mekongDelta: { light: '#5f6b00', dark: '#bccf4a' },
  },
  /** Sequential orange–red (ColorBrewer OrRd) for the map, the same in both themes. */
  map: ['#fef0d9', '#fdd49e', '#fdbb84', '#fc8d59', '#ef6548', '#d7301f', '#990000'],
  mapNoData: { light: '#bdbdbd', dark: '#5a5a5a' },
  /** A province whose boundaries that year differ from the map's: a cool grey-blue, outside the orange–red ramp. */
  mapIncomparable: { light: '#cfdce8', dark: '#3a4d5f' },
} as const;
