/**
 * What the loader (zwgk-loader.js) should put on the page, decided from plain settings: the
 * `data-zwgk…` attributes of a container or of the loader's own `<script>`, or the loader URL's
 * query. Pure: no DOM, tested directly. The setting names are a public contract
 * (docs/integrator-guide.md §12):
 *
 *   zwgk    the elements to create, without the prefix, comma or space separated:
 *           catalogue-tree, policy-card, disclosure-map, request-form, open-day, catalogue
 *   src     the catalogue URL; the elements are wrapped in one <zwgk-catalogue src="…">
 *   mount   (script and URL only) a CSS selector of the page element(s) to add them to
 *   any other name   an attribute set on every created element (level, heading-level,
 *           request-url, tk, lang, elder…); on the provider too for lang, elder, show-info, timeout
 */

export const EMBEDDABLE = ['catalogue', 'catalogue-tree', 'policy-card', 'disclosure-map', 'request-form', 'open-day'] as const;
export type Embeddable = (typeof EMBEDDABLE)[number];

/** Attributes the <zwgk-catalogue> provider understands, copied to it as well. */
const PROVIDER_ATTRIBUTES = new Set(['lang', 'elder', 'show-info', 'timeout']);

export interface MountPlan {
  /** Tag names to create, in order (zwgk-…). */
  readonly elements: readonly string[];
  /** Attributes of every created element. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Set when the elements share one <zwgk-catalogue>: its attributes (src first). */
  readonly provider?: Readonly<Record<string, string>>;
  /** CSS selector of the page elements to add to (script/URL form only). */
  readonly mount?: string;
  /** Readable problems (unknown element names, refused attributes), for console.warn. */
  readonly problems: readonly string[];
}

/** An attribute name we will set: lower-case, and never an event handler (`on…`) or `style`. */
function safeAttribute(name: string): boolean {
  return /^[a-z][a-z0-9-]*$/.test(name) && !name.startsWith('on') && name !== 'style' && name !== 'is';
}

/**
 * Builds the plan from settings: `{ zwgk: 'catalogue-tree', src: '/x.json', level: 'township' }`.
 * Returns undefined when the settings name no element at all.
 */
export function planMount(settings: Readonly<Record<string, string>>): MountPlan | undefined {
  const problems: string[] = [];
  const names = (settings.zwgk ?? '').split(/[\s,，]+/).map((n) => n.trim().toLowerCase().replace(/^zwgk-/, '')).filter(Boolean);
  const elements: string[] = [];
  for (const name of names) {
    if ((EMBEDDABLE as readonly string[]).includes(name)) elements.push(`zwgk-${name}`);
    else problems.push(`unknown element "${name}" (known: ${EMBEDDABLE.join(', ')})`);
  }
  if (!elements.length) return undefined;

  const attributes: Record<string, string> = {};
  const provider: Record<string, string> = {};
  for (const [key, value] of Object.entries(settings)) {
    if (key === 'zwgk' || key === 'mount' || key === 'src') continue;
    if (!safeAttribute(key)) {
      problems.push(`attribute "${key}" refused`);
      continue;
    }
    attributes[key] = value;
    if (PROVIDER_ATTRIBUTES.has(key)) provider[key] = value;
  }
  const src = settings.src?.trim();
  const onlyProvider = elements.length === 1 && elements[0] === 'zwgk-catalogue';
  if (onlyProvider && src) attributes.src = src;
  return {
    elements,
    attributes,
    ...(src && !onlyProvider ? { provider: { src, ...provider } } : {}),
    ...(settings.mount?.trim() ? { mount: settings.mount.trim() } : {}),
    problems,
  };
}

/** `data-zwgk-level="township"` → `level`; `data-zwgk` → `zwgk`; anything else: undefined. */
export function settingName(attribute: string): string | undefined {
  if (attribute === 'data-zwgk') return 'zwgk';
  return attribute.startsWith('data-zwgk-') ? attribute.slice('data-zwgk-'.length) : undefined;
}

/** Settings from a URL's query (`?zwgk=catalogue-tree&src=…&mount=%23zwgk`). */
export function settingsFromQuery(search: string): Record<string, string> {
  const settings: Record<string, string> = {};
  new URLSearchParams(search).forEach((value, key) => {
    settings[key.toLowerCase()] = value;
  });
  return settings;
}
