/**
 * Products sold by the stores, named in each store's language (plus a few imported names),
 * with VTEX-style https image URLs and relative detail URLs.
 */
import type { CurrencyCode } from '../model.ts';
import { STORES } from './stores.ts';

export interface Product {
  skuId: string;
  productId: string;
  refId: string;
  ean: string | null;
  name: string;
  slug: string;
  imageId: number;
  brandName: string;
  brandId: string;
  categoriesIds: string;
  /** Price in US cents; other currencies derive from it. */
  usd: number;
  unit: string;
  stores: readonly CurrencyCode[];
}

type Row = [name: string, slug: string, brand: string, usd: number, stores: readonly CurrencyCode[], unit?: string];

const BR: readonly CurrencyCode[] = ['BRL'];
const US: readonly CurrencyCode[] = ['USD'];
const ES: readonly CurrencyCode[] = ['EUR'];
const ALL: readonly CurrencyCode[] = ['BRL', 'USD', 'EUR'];

const ROWS: readonly Row[] = [
  ['Tênis de Corrida Ultraleve Masculino', 'tenis-corrida-ultraleve-masculino', 'Passada', 8990, BR],
  ['Cafeteira Elétrica Inox 30 Xícaras', 'cafeteira-eletrica-inox-30-xicaras', 'Mondial', 4590, BR],
  ['Jogo de Panelas Antiaderente 5 Peças', 'jogo-panelas-antiaderente-5-pecas', 'Tramontina', 12990, BR],
  ['Fone de Ouvido Bluetooth com Cancelamento de Ruído', 'fone-bluetooth-cancelamento-ruido', 'Sonora', 15990, BR],
  ['Camiseta Básica Algodão Orgânico', 'camiseta-basica-algodao-organico', 'Hering', 1990, BR],
  ['Mochila Executiva Impermeável 25L', 'mochila-executiva-impermeavel-25l', 'Trilha', 6490, BR],
  ['Luminária de Mesa LED Articulada', 'luminaria-mesa-led-articulada', 'Lumi', 3990, BR],
  ['Livro: Dom Casmurro — Edição Comentada', 'livro-dom-casmurro-edicao-comentada', 'Penguin-Companhia', 1290, BR],
  ['Garrafa Térmica 1L Aço Inox', 'garrafa-termica-1l-aco-inox', 'Stanley', 4490, BR],
  ['Kit Toalhas de Banho 100% Algodão (4 peças)', 'kit-toalhas-banho-algodao-4-pecas', 'Buddemeyer', 5990, BR],
  [
    'Café Especial em Grãos Torra Média 500 g',
    'cafe-especial-graos-torra-media-500g',
    'Fazenda Boa Vista',
    1890,
    BR,
    'pct',
  ],
  ['Stainless Steel Chef\'s Knife 8"', 'stainless-steel-chefs-knife-8', 'Edgecraft', 7900, US],
  ['Wireless Ergonomic Mouse', 'wireless-ergonomic-mouse', 'Logik', 4999, US],
  ['Organic Cotton Crew Socks (3-Pack)', 'organic-cotton-crew-socks-3-pack', 'Plainweave', 1800, US],
  ['Cast Iron Skillet 12-inch', 'cast-iron-skillet-12-inch', 'Forgeworks', 3995, US],
  ['Noise-Cancelling Over-Ear Headphones', 'noise-cancelling-over-ear-headphones', 'Sonora', 24900, US],
  ['Ceramic Pour-Over Coffee Set', 'ceramic-pour-over-coffee-set', 'Kiln & Co.', 5400, US],
  ['Zapatillas de Running Ligeras', 'zapatillas-running-ligeras', 'Zancada', 8995, ES],
  ['Sartén Antiadherente 28 cm', 'sarten-antiadherente-28-cm', 'Bra', 3490, ES],
  ['Cafetera Italiana de Aluminio 6 Tazas', 'cafetera-italiana-aluminio-6-tazas', 'Monix', 2495, ES],
  ['Chaqueta Impermeable con Capucha', 'chaqueta-impermeable-capucha', 'Norteña', 11900, ES],
  ['Edelstahl-Wasserkocher 1,7 L', 'edelstahl-wasserkocher-1-7-l', 'Küchenwerk', 5999, ES],
  ["Bougie Parfumée Fleur d'Oranger", 'bougie-parfumee-fleur-doranger', 'Maison Lumière', 2900, ES],
  ['Tè Matcha Biologico 抹茶 100 g', 'te-matcha-biologico-100-g', 'Uji Garden', 2450, ALL, 'pct'],
  ['Smartwatch Fitness GPS Pro', 'smartwatch-fitness-gps-pro', 'Pulse', 19900, ALL],
  ['Yoga Mat Antiderrapante 6 mm', 'yoga-mat-antiderrapante-6mm', 'Asana', 3500, ALL],
];

export const CATALOG: readonly Product[] = ROWS.map(([name, slug, brandName, usd, stores, unit], index) => ({
  skuId: String(2000 + index * 7),
  productId: String(1000100 + index * 3),
  refId: `LUX-${String(index + 1).padStart(4, '0')}`,
  ean: index % 4 === 3 ? null : `789${String(1000000000 + index * 7919).padStart(10, '0')}`,
  name,
  slug,
  imageId: 155400 + index * 11,
  brandName,
  brandId: String(2000010 + (index % 9)),
  categoriesIds: `/${1 + (index % 5)}/${10 + (index % 7)}/`,
  usd,
  unit: unit ?? 'un',
  stores,
}));

export function productsFor(currency: CurrencyCode): readonly Product[] {
  return CATALOG.filter((product) => product.stores.includes(currency));
}

const RATES: Record<CurrencyCode, number> = { USD: 1, BRL: 5.2, EUR: 0.92 };

/** A shelf price in the store's currency, ending in 90 cents like real price lists. */
export function priceIn(product: Product, currency: CurrencyCode): number {
  const raw = Math.round((product.usd * RATES[currency]) / 100) * 100;
  return Math.max(90, raw - 10);
}

export function imageUrl(product: Product, currency: CurrencyCode): string {
  return `${STORES[currency].imageHost}/arquivos/ids/${product.imageId}-500-500/${product.slug}.jpg?v=6378${product.imageId}0000`;
}
