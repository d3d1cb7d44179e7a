/**
 * Marker clustering as a pure function on screen positions (pixels at the current zoom), used
 * instead of Leaflet.markercluster: that plugin needs a global `L` (which would clash with a host
 * page's own Leaflet), ships another 9 kB gz plus CSS, and its animations are heavy on old phones.
 *
 * Greedy distance clustering: in the given order, each point joins the first cluster whose seed
 * lies within `radius` pixels (Chebyshev distance, i.e. a square cell centred on the seed), else it
 * seeds a new cluster. Deterministic, O(n·k), and stable as the map pans (positions are absolute).
 */

export interface ScreenPoint {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

export interface Cluster {
  /** Member ids in input order; one id means a lone marker. */
  readonly ids: string[];
  /** The centroid of the members, in the same pixel space. */
  readonly x: number;
  readonly y: number;
}

export function clusterPoints(points: readonly ScreenPoint[], radius: number): Cluster[] {
  const groups: { seedX: number; seedY: number; members: ScreenPoint[] }[] = [];
  for (const point of points) {
    const group = radius > 0 ? groups.find((g) => Math.abs(g.seedX - point.x) <= radius && Math.abs(g.seedY - point.y) <= radius) : undefined;
    if (group) group.members.push(point);
    else groups.push({ seedX: point.x, seedY: point.y, members: [point] });
  }
  return groups.map(({ members }) => ({
    ids: members.map((m) => m.id),
    x: members.reduce((sum, m) => sum + m.x, 0) / members.length,
    y: members.reduce((sum, m) => sum + m.y, 0) / members.length,
  }));
}
