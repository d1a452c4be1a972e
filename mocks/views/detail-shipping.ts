/** The detail's `shippingData`: address, one logistics entry per item, delivery or pickup. */
import type {
  WireAddress,
  WireLogisticsInfo,
  WirePickupStoreInfo,
  WireShippingData,
} from '../../src/contract/vtex-orders.ts';
import { isoDate } from '../dates.ts';
import type { AddressRecord, OrderRecord } from '../model.ts';
import { STORES } from '../seed/stores.ts';

function addressView(address: AddressRecord): WireAddress {
  return { ...address, versionId: null, entityId: null, geoCoordinates: [...address.geoCoordinates] };
}

/** VTEX's schema types `pickupStoreInfo.address` as a string, so the pickup address is one line. */
function oneLine(address: AddressRecord): string {
  return `${address.street}, ${address.number} - ${address.complement}, ${address.neighborhood}, ${address.city} - ${address.state}, ${address.postalCode}`;
}

function pickupStoreInfo(order: OrderRecord): WirePickupStoreInfo {
  const point = order.shipping.pickupPoint;
  if (!point) return { additionalInfo: null, address: null, dockId: null, friendlyName: null, isPickupStore: false };
  return {
    additionalInfo: point.additionalInfo,
    address: oneLine(point.address),
    dockId: '1',
    friendlyName: point.friendlyName,
    isPickupStore: true,
  };
}

/** Splits the shipping price over the items; the first takes the rounding remainder. */
function shippingShares(order: OrderRecord): number[] {
  const count = Math.max(1, order.items.length);
  const share = Math.floor(order.shippingValue / count);
  return order.items.map((_, index) => (index === 0 ? order.shippingValue - share * (count - 1) : share));
}

export function shippingView(order: OrderRecord): WireShippingData {
  const { shipping } = order;
  const store = STORES[order.currency];
  const pickup = pickupStoreInfo(order);
  const pickupPointId = shipping.pickupPoint?.id ?? '1_1';
  const estimateDate = shipping.estimateDate === null ? null : isoDate(shipping.estimateDate, order.dateStyle);
  const shares = shippingShares(order);
  const logisticsInfo: WireLogisticsInfo[] = order.items.map((item, itemIndex) => {
    const price = shares[itemIndex] ?? 0;
    const sla = {
      id: shipping.slaName,
      name: shipping.slaName,
      shippingEstimate: shipping.shippingEstimate,
      deliveryWindow: null,
      price,
      deliveryChannel: shipping.channel,
      pickupStoreInfo: pickup,
      polygonName: null,
      lockTTL: '12d',
      pickupPointId,
      transitTime: '3d',
      pickupDistance: shipping.pickupPoint ? 2.4 : 0,
    };
    return {
      itemIndex,
      selectedSla: shipping.slaName,
      lockTTL: '10d',
      price,
      listPrice: price,
      sellingPrice: price,
      deliveryWindow: null,
      deliveryCompany: shipping.courierName,
      shippingEstimate: shipping.shippingEstimate,
      shippingEstimateDate: estimateDate,
      slas: [sla],
      shipsTo: [shipping.address.country],
      deliveryIds: [
        {
          courierId: `${store.hostname}-${shipping.channel}`,
          courierName: shipping.courierName,
          dockId: '1',
          quantity: item.quantity,
          warehouseId: '1_1',
          accountCarrierName: store.hostname,
          kitItemDetails: [],
        },
      ],
      deliveryChannels: [{ id: shipping.channel, stockBalance: 0 }],
      deliveryChannel: shipping.channel,
      pickupStoreInfo: pickup,
      addressId: shipping.address.addressId,
      versionId: null,
      entityId: null,
      polygonName: null,
      pickupPointId,
      transitTime: '3d',
    };
  });
  const address = addressView(shipping.address);
  return {
    id: 'shippingData',
    address,
    logisticsInfo,
    trackingHints: null,
    selectedAddresses: [addressView(shipping.address)],
  };
}
