/**
 * Shoppers, their addresses and the stores' pickup points. Shoppers and their session
 * tokens are the same for every seed, so the demo page can sign in with a fixed cookie.
 */
import type { AddressRecord, BuyerKey, CurrencyCode, PickupPointRecord, ShopperKey, ShopperRecord } from '../model.ts';

export const SHOPPERS: Record<ShopperKey, ShopperRecord> = {
  main: {
    key: 'main',
    email: 'mariana.costa@example.com',
    firstName: 'Mariana',
    lastName: 'Costa',
    sessionToken: 'mock-session-mariana-costa',
    document: '31846205710',
    phone: '+5511987654321',
    userProfileId: '7d2c9f5e-4b1a-4f0e-9a53-1c6e2b8d4f10',
  },
  second: {
    key: 'second',
    email: 'lucas.ferreira@example.com',
    firstName: 'Lucas',
    lastName: 'Ferreira',
    sessionToken: 'mock-session-lucas-ferreira',
    document: '52097318406',
    phone: '+5521998765432',
    userProfileId: 'a81f3e27-6c0d-4d9b-b2e4-5f7a9c1d3e62',
  },
  empty: {
    key: 'empty',
    email: 'sofia.almeida@example.com',
    firstName: 'Sofia',
    lastName: 'Almeida',
    sessionToken: 'mock-session-sofia-almeida',
    document: '74150962833',
    phone: '+5531976543210',
    userProfileId: 'c4e6a2b9-1f8d-4a3c-8e71-9b0d2f6a5c48',
  },
};

export function fullName(shopper: ShopperRecord): string {
  return `${shopper.firstName} ${shopper.lastName}`;
}

type AddressSeed = Omit<AddressRecord, 'receiverName' | 'addressType'>;

const HOMES: Record<BuyerKey, Record<CurrencyCode, AddressSeed>> = {
  main: {
    BRL: {
      addressId: '5f1c2e8a9b3d4',
      postalCode: '05407-002',
      city: 'São Paulo',
      state: 'SP',
      country: 'BRA',
      street: 'Rua Cardeal Arcoverde',
      number: '1749',
      neighborhood: 'Pinheiros',
      complement: 'Apto 82',
      reference: 'Próximo ao metrô Fradique Coutinho',
      geoCoordinates: [-46.6869, -23.5651],
    },
    USD: {
      addressId: '8a2b7c4d1e9f0',
      postalCode: '33131',
      city: 'Miami',
      state: 'FL',
      country: 'USA',
      street: 'Brickell Bay Drive',
      number: '1200',
      neighborhood: 'Brickell',
      complement: 'Unit 3105',
      reference: null,
      geoCoordinates: [-80.1887, 25.7617],
    },
    EUR: {
      addressId: '3c9d1a7e5b2f8',
      postalCode: '28004',
      city: 'Madrid',
      state: 'M',
      country: 'ESP',
      street: 'Calle de Fuencarral',
      number: '96',
      neighborhood: 'Malasaña',
      complement: '3º izquierda',
      reference: null,
      geoCoordinates: [-3.7016, 40.4265],
    },
  },
  second: {
    BRL: {
      addressId: '1e4f7a0b3c6d9',
      postalCode: '22250-040',
      city: 'Rio de Janeiro',
      state: 'RJ',
      country: 'BRA',
      street: 'Praia de Botafogo',
      number: '518',
      neighborhood: 'Botafogo',
      complement: 'Sala 10',
      reference: null,
      geoCoordinates: [-43.1822, -22.9486],
    },
    USD: {
      addressId: '6b9c2d5e8f1a4',
      postalCode: '10011',
      city: 'New York',
      state: 'NY',
      country: 'USA',
      street: 'West 22nd Street',
      number: '245',
      neighborhood: 'Chelsea',
      complement: 'Apt 4B',
      reference: null,
      geoCoordinates: [-73.9973, 40.7447],
    },
    EUR: {
      addressId: '9d2e5f8a1b4c7',
      postalCode: '08010',
      city: 'Barcelona',
      state: 'B',
      country: 'ESP',
      street: 'Passeig de Sant Joan',
      number: '41',
      neighborhood: 'Eixample',
      complement: '2º 1ª',
      reference: null,
      geoCoordinates: [2.1753, 41.3968],
    },
  },
};

export function homeAddress(shopper: ShopperRecord & { key: BuyerKey }, currency: CurrencyCode): AddressRecord {
  return { addressType: 'residential', receiverName: fullName(shopper), ...HOMES[shopper.key][currency] };
}

const PICKUP: Record<CurrencyCode, PickupPointRecord> = {
  BRL: {
    id: '1_loja-paulista',
    friendlyName: 'Lux Store Paulista',
    additionalInfo: 'Retirada no balcão do térreo, de segunda a sábado, das 10h às 22h.',
    address: {
      addressType: 'pickup',
      receiverName: 'Lux Store Paulista',
      addressId: 'loja-paulista',
      postalCode: '01310-200',
      city: 'São Paulo',
      state: 'SP',
      country: 'BRA',
      street: 'Avenida Paulista',
      number: '1578',
      neighborhood: 'Bela Vista',
      complement: 'Loja 12',
      reference: null,
      geoCoordinates: [-46.6544, -23.5614],
    },
  },
  USD: {
    id: '1_brickell-city-centre',
    friendlyName: 'Lux Store Brickell City Centre',
    additionalInfo: 'Pick up at the customer service desk, level 2. Bring a photo ID.',
    address: {
      addressType: 'pickup',
      receiverName: 'Lux Store Brickell City Centre',
      addressId: 'brickell-city-centre',
      postalCode: '33131',
      city: 'Miami',
      state: 'FL',
      country: 'USA',
      street: 'South Miami Avenue',
      number: '701',
      neighborhood: 'Brickell',
      complement: 'Level 2',
      reference: null,
      geoCoordinates: [-80.1936, 25.7667],
    },
  },
  EUR: {
    id: '1_gran-via',
    friendlyName: 'Lux Store Gran Vía',
    additionalInfo: 'Recogida en el mostrador de la planta baja, de lunes a sábado de 10:00 a 21:00.',
    address: {
      addressType: 'pickup',
      receiverName: 'Lux Store Gran Vía',
      addressId: 'gran-via',
      postalCode: '28013',
      city: 'Madrid',
      state: 'M',
      country: 'ESP',
      street: 'Gran Vía',
      number: '32',
      neighborhood: 'Centro',
      complement: 'Planta baja',
      reference: null,
      geoCoordinates: [-3.7038, 40.4203],
    },
  },
};

export function pickupPoint(currency: CurrencyCode): PickupPointRecord {
  return PICKUP[currency];
}
