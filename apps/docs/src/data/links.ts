/** Permanent URLs of the site. Change none of them: reviewers and changelogs link here. */

export function entryUrl(id: string): string {
  return `/anti-patterns/${id.toLowerCase()}/`;
}

export function eventUrl(eventType: string): string {
  return `/events/${eventType}/`;
}

export function ruleAnchor(id: string): string {
  return id.toLowerCase();
}

export function ruleUrl(id: string): string {
  return `/rules/#${ruleAnchor(id)}`;
}

export function releaseUrl(version: string): string {
  return `/releases/${version}/`;
}

/** The index filtered by one facet, e.g. `indexUrl('severity', 'high')`. */
export function indexUrl(facet: string, value: string): string {
  return `/anti-patterns/?${facet}=${encodeURIComponent(value)}`;
}

/** The page "Events the registry needs from the runtime". */
export const runtimeNeedsPath = "/runtime-needs/";

/** One proposed event's requirement on that page. */
export function runtimeNeedUrl(eventType: string): string {
  return `${runtimeNeedsPath}#${runtimeNeedAnchor(eventType)}`;
}

export function runtimeNeedAnchor(eventType: string): string {
  return `need-${eventType.replace(/[^a-z0-9_-]/gi, "-")}`;
}
