import type { Input, Method, Output } from '../../../shared/api/contract';
import type { ApiErrorShape, Result } from '../../../shared/api/errors';
import { dispatch } from '../../../electron/services/dispatch';
import { openServices, type Services, type ServicesOptions } from '../../../electron/services/services';
import { tempFolder } from './temp-folder';

export interface TestServices {
  dataDir: string;
  services: Services;
  /** A contract call as a transport makes it: the input goes through the contract's schema first. */
  call<M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>>;
  /** The value of a call that must succeed; fails the test with the error otherwise. */
  ok<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  /** The error of a call that must fail. */
  fails(method: string, input: unknown): Promise<ApiErrorShape>;
  close(): void;
}

export async function openTestServices(
  options: Partial<ServicesOptions> & { dataDir?: string } = {},
): Promise<TestServices> {
  const dataDir = options.dataDir ?? tempFolder('redaksi-data');
  const services = await openServices({ version: '0.0.0-test', ...options, dataDir });
  const call = async <M extends Method>(method: M, input: Input<M>) =>
    (await dispatch(services.handlers, method, input)) as Result<Output<M>>;
  return {
    dataDir,
    services,
    call,
    async ok(method, input) {
      const result = await call(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    async fails(method, input) {
      const result = await dispatch(services.handlers, method, input);
      if (result.ok)
        throw new Error(`${method} was expected to fail but returned ${JSON.stringify(result.value)}`);
      return result.error;
    },
    close: () => services.close(),
  };
}
