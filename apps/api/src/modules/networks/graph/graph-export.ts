import { DirectedGraph } from 'graphology';
import gexfModule from 'graphology-gexf';
import { create } from 'xmlbuilder2';
import { csvFile } from '../../../common/csv/csv.js';
import type { Locale } from '../../../common/locales.js';
import { NETWORK_LABELS } from '../network-labels.js';
import type { GraphNode } from './graph-node.model.js';
import type { NetworkGraph } from './network-graph.model.js';

// A map as a file for people who carry on elsewhere: the ties as a CSV edge list (Gephi's and
// Kumu's spreadsheet import), GEXF (Gephi) and GraphML (NetworkX, yEd, Cytoscape). Every value a
// person reads is a word in their language, never a code; each network links to its profile.

// CommonJS with `export =`-style types: under nodenext the default import is module.exports.
const gexf = gexfModule as unknown as { write: typeof gexfModule.write };

type Words = (typeof NETWORK_LABELS)[Locale];

export const GRAPH_FORMATS = ['csv', 'gexf', 'graphml'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

export const isGraphFormat = (value: string): value is GraphFormat => (GRAPH_FORMATS as readonly string[]).includes(value);

export interface GraphFile {
  body: string;
  contentType: string;
}

const CONTENT_TYPES: Record<GraphFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
};

// Characters XML 1.0 cannot hold at all (a name pasted with a control character must not break the file).
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const xmlText = (text: string) => text.replace(NOT_XML, '');

/** What each network carries in a file, in words. */
function nodeAttributes(node: GraphNode, words: Words, origin: string) {
  return {
    label: node.name,
    kind: words.kinds[node.kind],
    region: node.region ? words.regions[node.region] : '',
    sectors: node.sectors.map((s) => words.sectors[s]).join('; '),
    ties: node.degree,
    betweenness: Math.round(node.betweenness * 10_000) / 10_000,
    bridge: node.isBridge ? words.yes : words.no,
    cluster: node.cluster,
    closed: node.isClosed ? words.yes : words.no,
    profile: `${origin}/networks/${node.slug}`,
  };
}

type NodeAttributes = ReturnType<typeof nodeAttributes>;

/** The map as a directed graph (member → what it belongs to), each tie keyed by its membership id. */
function toGraphology(graph: NetworkGraph, words: Words, origin: string) {
  const g = new DirectedGraph<NodeAttributes, { label: string }>();
  for (const node of graph.nodes) g.addNode(node.id, nodeAttributes(node, words, origin));
  for (const edge of graph.edges) g.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, { label: words.tieTypes[edge.tieType] });
  return g;
}

function tiesCsv(graph: NetworkGraph, words: Words, origin: string): string {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const columns = [
    { key: 'source', header: 'source' },
    { key: 'target', header: 'target' },
    { key: 'tie', header: 'tie type' },
    { key: 'sourceKind', header: 'source kind' },
    { key: 'targetKind', header: 'target kind' },
    { key: 'sourceProfile', header: 'source profile' },
    { key: 'targetProfile', header: 'target profile' },
  ];
  const rows = graph.edges.map((edge) => {
    const [source, target] = [byId.get(edge.source)!, byId.get(edge.target)!];
    return {
      source: source.name,
      target: target.name,
      tie: words.tieTypes[edge.tieType],
      sourceKind: words.kinds[source.kind],
      targetKind: words.kinds[target.kind],
      sourceProfile: `${origin}/networks/${source.slug}`,
      targetProfile: `${origin}/networks/${target.slug}`,
    };
  });
  return csvFile(rows, columns);
}

function gexfFile(graph: NetworkGraph, words: Words, origin: string): string {
  return gexf.write(toGraphology(graph, words, origin), {
    formatNode: (_key, { label, ...attributes }) => ({
      label: xmlText(label),
      attributes: Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, typeof v === 'string' ? xmlText(v) : v])),
    }),
    formatEdge: (_key, { label }) => ({ label, attributes: { tie: label } }),
  });
}

const GRAPHML_NODE_KEYS: [keyof NodeAttributes, 'string' | 'int' | 'double'][] = [
  ['label', 'string'],
  ['kind', 'string'],
  ['region', 'string'],
  ['sectors', 'string'],
  ['ties', 'int'],
  ['betweenness', 'double'],
  ['bridge', 'string'],
  ['cluster', 'int'],
  ['closed', 'string'],
  ['profile', 'string'],
];

function graphmlFile(graph: NetworkGraph, words: Words, origin: string): string {
  const g = toGraphology(graph, words, origin);
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('http://graphml.graphdrawing.org/xmlns', 'graphml');
  for (const [name, type] of GRAPHML_NODE_KEYS) {
    root.ele('key', { id: `n_${name}`, for: 'node', 'attr.name': name, 'attr.type': type });
  }
  root.ele('key', { id: 'e_tie', for: 'edge', 'attr.name': 'tie', 'attr.type': 'string' });
  const body = root.ele('graph', { id: 'weave', edgedefault: 'directed' });
  g.forEachNode((key, attributes) => {
    const node = body.ele('node', { id: key });
    for (const [name] of GRAPHML_NODE_KEYS) node.ele('data', { key: `n_${name}` }).txt(xmlText(String(attributes[name])));
  });
  g.forEachEdge((key, { label }, source, target) => {
    body.ele('edge', { id: key, source, target }).ele('data', { key: 'e_tie' }).txt(label);
  });
  return root.end({ prettyPrint: true });
}

/** The graph as a file of the given format, with words in `locale`; `origin` makes the profile links. */
export function graphFile(graph: NetworkGraph, format: GraphFormat, locale: Locale, origin: string): GraphFile {
  const words = NETWORK_LABELS[locale];
  const write = { csv: tiesCsv, gexf: gexfFile, graphml: graphmlFile }[format];
  return { body: write(graph, words, origin), contentType: CONTENT_TYPES[format] };
}
