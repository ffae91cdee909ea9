/** The height of the map and of the chart, and of their placeholder, so nothing moves on arrival. */
export const OVERVIEW_HEIGHT = 'h-64 md:h-80';
