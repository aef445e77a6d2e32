/** The map's colours: a quiet basemap, and two accents for what the story points at. */
export const palette = {
  sea: '#d8e1e6',
  land: '#f3f1ec',
  river: '#b9c9d3',
  provinceBorder: '#c4bdb2',
  provinceLabel: '#857d72',
  countryBorder: '#8c867d',
  countryLabel: '#5f5a53',
  seaLabel: '#58707e',
  town: '#4a4640',
  halo: '#f7f6f2',
  /** Strikes and highlighted places. */
  strike: '#b0321c',
  /** Movements of people (envoys, ministers). */
  movement: '#1d5a85',
  ink: '#221f1c',
} as const;

/** Font stacks present under `fonts/glyphs/`. */
export const fonts = {
  regular: ['Noto Sans Regular'],
  medium: ['Noto Sans Medium'],
  italic: ['Noto Sans Italic'],
} as const;
