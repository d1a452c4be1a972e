/** Delivery (shippingData) and packages (packageAttachment) of the order detail. */
import type {
  Address,
  Delivery,
  DeliveryChannel,
  DeliveryGroup,
  OrderPackage,
  PackageType,
  PickupPoint,
  ShippingEstimate,
  TrackingEvent,
} from '../domain/index.ts';
import { parseIsoDate, safeHttpUrl } from '../domain/index.ts';
import type { JsonRecord } from './read.ts';
import { mapRecords, readCents, readCount, readRecord, readText } from './read.ts';
import { pick, readFlag } from './read-order-fields.ts';

const EMPTY_ADDRESS: Address = {
  addressType: null,
  receiverName: null,
  street: null,
  number: null,
  complement: null,
  neighborhood: null,
  city: null,
  state: null,
  postalCode: null,
  country: null,
  reference: null,
};

export function toAddress(value: unknown): Address | null {
  if (typeof value === 'string') {
    // Some pickup points carry the address as one line of text.
    const line = readText(value);
    return line === null ? null : { ...EMPTY_ADDRESS, street: line };
  }
  const record = readRecord(value);
  if (record === null) return null;
  const address: Address = {
    addressType: readText(record.addressType),
    receiverName: readText(record.receiverName),
    street: readText(record.street),
    number: readText(record.number),
    complement: readText(record.complement),
    neighborhood: readText(record.neighborhood),
    city: readText(record.city),
    state: readText(record.state),
    postalCode: readText(record.postalCode),
    country: readText(record.country),
    reference: readText(record.reference),
  };
  return Object.values(address).some((part) => part !== null) ? address : null;
}

const ESTIMATE_UNITS: Record<string, ShippingEstimate['unit']> = {
  bd: 'business-days',
  d: 'days',
  h: 'hours',
  m: 'minutes',
};

/** VTEX estimates: `'5bd'` (business days), `'3d'`, `'2h'`, `'30m'`. */
export function parseShippingEstimate(value: unknown): ShippingEstimate | null {
  const match = typeof value === 'string' ? /^\s*(\d+)\s*(bd|d|h|m)\s*$/i.exec(value) : null;
  const unit = match?.[2] ? ESTIMATE_UNITS[match[2].toLowerCase()] : undefined;
  return match && unit ? { amount: Number(match[1]), unit } : null;
}

function toPickupPoint(value: unknown): PickupPoint | null {
  const record = readRecord(value);
  if (record === null || readFlag(record.isPickupStore) === false) return null;
  const point = {
    name: readText(record.friendlyName),
    address: toAddress(record.address),
    additionalInfo: readText(record.additionalInfo),
  };
  return point.name || point.address || point.additionalInfo ? point : null;
}

function channelOf(record: JsonRecord): DeliveryChannel {
  const channel = readText(pick(record, 'deliveryChannel', 'selectedDeliveryChannel'))?.toLowerCase();
  if (channel === 'pickup-in-point' || readFlag(readRecord(record.pickupStoreInfo)?.isPickupStore) === true)
    return 'pickup';
  return channel === undefined || channel === 'delivery' ? 'delivery' : 'other';
}

export function toDelivery(shippingData: unknown): { delivery: Delivery | null; omitted: number } {
  const record = readRecord(shippingData);
  if (record === null) return { delivery: null, omitted: 0 };
  const groups = new Map<string, DeliveryGroup>();
  const { values, omitted } = mapRecords(record.logisticsInfo, (info) => {
    const itemIndex = readCount(info.itemIndex);
    if (itemIndex === null) return null;
    const group: DeliveryGroup = {
      channel: channelOf(info),
      slaName: readText(info.selectedSla),
      itemIndexes: [itemIndex],
      estimateDate: parseIsoDate(info.shippingEstimateDate),
      estimate: parseShippingEstimate(info.shippingEstimate),
      pickupPoint: toPickupPoint(info.pickupStoreInfo),
    };
    return group;
  });
  for (const group of values) {
    const key = JSON.stringify([group.channel, group.slaName, group.estimateDate, group.estimate, group.pickupPoint]);
    const existing = groups.get(key);
    if (existing) existing.itemIndexes.push(...group.itemIndexes);
    else groups.set(key, group);
  }
  const address = toAddress(record.address);
  const delivery = address === null && groups.size === 0 ? null : { address, groups: [...groups.values()] };
  return { delivery, omitted };
}

function packageType(value: unknown): PackageType {
  const type = readText(value)?.toLowerCase();
  // Old packages carry no type; invoices are outgoing unless marked as returns.
  if (type === undefined || type === 'output') return 'output';
  return type === 'input' ? 'input' : 'other';
}

function toTrackingEvent(record: JsonRecord): TrackingEvent {
  return {
    city: readText(record.city),
    state: readText(record.state),
    description: readText(record.description),
    date: parseIsoDate(record.date),
  };
}

function toPackage(record: JsonRecord, storeOrigin: string | null): OrderPackage {
  const courierStatus = readRecord(record.courierStatus);
  const finished = readFlag(courierStatus?.finished) === true;
  const statusSaysDelivered = readText(courierStatus?.status)?.toLowerCase() === 'delivered';
  const items = mapRecords(record.items, (item) => {
    const itemIndex = readCount(item.itemIndex);
    const quantity = readCount(item.quantity);
    return itemIndex === null || quantity === null ? null : { itemIndex, quantity };
  }).values;
  return {
    type: packageType(record.type),
    invoiceNumber: readText(record.invoiceNumber),
    invoiceValue: readCents(record.invoiceValue),
    invoiceUrl: safeHttpUrl(record.invoiceUrl, storeOrigin),
    issuanceDate: parseIsoDate(record.issuanceDate),
    courier: readText(record.courier),
    trackingNumber: readText(record.trackingNumber),
    trackingUrl: safeHttpUrl(record.trackingUrl, storeOrigin),
    items,
    events: mapRecords(courierStatus?.data, toTrackingEvent).values,
    delivered: finished || statusSaysDelivered,
    deliveredDate: parseIsoDate(courierStatus?.deliveredDate),
  };
}

export function toPackages(
  packageAttachment: unknown,
  storeOrigin: string | null,
): { packages: OrderPackage[]; omitted: number } {
  const { values, omitted } = mapRecords(readRecord(packageAttachment)?.packages, (record) =>
    toPackage(record, storeOrigin),
  );
  return { packages: values, omitted };
}
