/** The detail's `items` and `itemMetadata`: every property VTEX's `Item` schema requires. */
import type { WireItem } from '../../src/contract/vtex-orders.ts';
import type { OrderItemRecord, OrderRecord } from '../model.ts';

function detailUrl(item: OrderItemRecord): string {
  return `/${item.slug}/p`;
}

export function itemView(item: OrderItemRecord, order: OrderRecord): WireItem {
  return {
    uniqueId: item.uniqueId,
    id: item.skuId,
    productId: item.productId,
    ean: item.ean,
    lockId: `00-${order.orderId}`,
    itemAttachment: { content: {}, name: null },
    attachments: [],
    quantity: item.quantity,
    seller: item.sellerId,
    name: item.name,
    refId: item.refId,
    price: item.price,
    listPrice: item.listPrice,
    manualPrice: null,
    priceTags: [],
    imageUrl: item.imageUrl,
    detailUrl: detailUrl(item),
    components: [],
    bundleItems: [],
    params: [],
    offerings: [],
    attachmentOfferings: [],
    sellerSku: item.skuId,
    priceValidUntil: null,
    commission: 0,
    tax: 0,
    preSaleDate: null,
    additionalInfo: {
      brandName: item.brandName,
      brandId: item.brandId,
      categoriesIds: item.categoriesIds,
      productClusterId: '135,142',
      commercialConditionId: '1',
      dimension: { cubicweight: 0.5, height: 12, length: 30, weight: 450, width: 20 },
      offeringInfo: null,
      offeringType: null,
      offeringTypeId: null,
    },
    measurementUnit: item.measurementUnit,
    unitMultiplier: 1,
    sellingPrice: item.sellingPrice,
    isGift: item.isGift,
    shippingPrice: null,
    rewardValue: 0,
    freightCommission: 0,
    priceDefinitions: {
      sellingPrices: [{ value: item.sellingPrice, quantity: item.quantity }],
      calculatedSellingPrice: item.sellingPrice,
      total: item.sellingPrice * item.quantity,
    },
    taxCode: null,
    parentItemIndex: null,
    parentAssemblyBinding: null,
    callCenterOperator: null,
    serialNumbers: null,
    assemblies: [],
    costPrice: Math.round(item.sellingPrice * 0.55),
  };
}

export function itemMetadataView(order: OrderRecord): { Items: Array<Record<string, unknown>> } {
  return {
    Items: order.items.map((item) => ({
      Id: item.skuId,
      Seller: item.sellerId,
      Name: item.name,
      SkuName: item.name,
      ProductId: item.productId,
      RefId: item.refId,
      Ean: item.ean,
      ImageUrl: item.imageUrl,
      DetailUrl: detailUrl(item),
      AssemblyOptions: [],
    })),
  };
}
