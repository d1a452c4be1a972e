/**
 * Validates response bodies against the contract and keeps count, collecting every failure
 * (with where it came from) instead of stopping at the first, so one run shows them all.
 */
import {
  type ContractResult,
  type ExtensionName,
  validateExtension,
  validateListResponse,
  validateOrderDetailContract,
  validateSellerReceipt,
} from '../../support/vtex-contract.ts';

export interface ContractFailure {
  where: string;
  errors: string[];
}

export class ContractLedger {
  /** Responses validated so far (valid or not). */
  count = 0;
  readonly failures: ContractFailure[] = [];

  list(json: unknown, where: string): boolean {
    return this.record(validateListResponse(json), `list ${where}`);
  }

  detail(json: unknown, where: string): boolean {
    return this.record(validateOrderDetailContract(json), `detail ${where}`);
  }

  extension(name: ExtensionName, json: unknown, where: string): boolean {
    return this.record(validateExtension(name, json), `${name} ${where}`);
  }

  receipt(operation: 'cancel' | 'invoice', json: unknown, where: string): boolean {
    return this.record(validateSellerReceipt(operation, json), `${operation} receipt ${where}`);
  }

  /** A check beyond the schemas (paging, filters, ids); counted as a failure, not a response. */
  fail(where: string, message: string): void {
    this.failures.push({ where, errors: [message] });
  }

  /** Failures recorded after `mark` (a previous `failures.length`). */
  since(mark: number): ContractFailure[] {
    return this.failures.slice(mark);
  }

  private record(result: ContractResult, where: string): boolean {
    this.count += 1;
    if (!result.valid) this.failures.push({ where, errors: result.errors.slice(0, 8) });
    return result.valid;
  }
}
