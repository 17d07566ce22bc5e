/**
 * Chart colours, light and dark: the one list that `src/styles/charts.css` (as CSS variables)
 * and the PNG/SVG exports follow. A test keeps the two equal.
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
  /** Sequential orange–red (ColorBrewer OrRd) for the map, the same in both themes. */
  map: ['#fef0d9', '#fdd49e', '#fdbb84', '#fc8d59', '#ef6548', '#d7301f', '#990000'],
  mapNoData: { light: '#bdbdbd', dark: '#5a5a5a' },
  /** A province whose boundaries that year differ from the map's: a cool grey-blue, outside the orange–red ramp. */
  mapIncomparable: { light: '#cfdce8', dark: '#3a4d5f' },
} as const;
