import { invoke } from '@forge/bridge';
import { errorDetails, fieldDetail, fieldMessage } from './errors';
import { call, RpcFailure } from './rpc';

// The bridge is the UI's network boundary: what the resolver answered arrives through `invoke`.
jest.mock('@forge/bridge', () => ({ invoke: jest.fn() }));
const invokeMock = invoke as jest.MockedFunction<typeof invoke>;

const explain = {
  da: 'Forklar hvorfor kravet ikke er opfyldt.',
  en: 'Explain why the requirement is not met.',
};
const failure = (details: unknown) =>
  new RpcFailure({ code: 'invalid-input', message: { da: 'Ugyldigt input', en: 'Invalid input' }, details });
const english = (value: { da: string; en: string }) => value.en;

describe('errorDetails', () => {
  it('reads domain rules (field) and schema issues (path), with plain or two-language messages', () => {
    const error = failure([
      { field: 'explanation', message: explain },
      { path: 'links.2', message: 'Invalid url' },
    ]);
    expect(errorDetails(error)).toEqual([
      { field: 'explanation', message: explain },
      { field: 'links.2', message: 'Invalid url' },
    ]);
  });

  it('drops what it cannot show and names no field when none is given', () => {
    const error = failure([
      null,
      7,
      { field: 'status' },
      { field: 'status', message: { da: 'kun dansk' } },
      { message: 'General' },
    ]);
    expect(errorDetails(error)).toEqual([{ field: '', message: 'General' }]);
  });

  it('finds nothing in errors that are not resolver answers, or have no detail list', () => {
    expect(errorDetails(new Error('network down'))).toEqual([]);
    expect(errorDetails(null)).toEqual([]);
    expect(errorDetails(undefined)).toEqual([]);
    expect(errorDetails(failure({ field: 'status', message: 'not a list' }))).toEqual([]);
  });
});

describe('fieldDetail and fieldMessage', () => {
  const error = failure([
    { field: 'explanation', message: explain },
    { path: 'links.2', message: 'Invalid url' },
  ]);

  it('finds the problem for a field or one of its items', () => {
    expect(fieldDetail(error, 'links')).toEqual({ field: 'links.2', message: 'Invalid url' });
    expect(fieldDetail(error, 'link')).toBeUndefined();
    expect(fieldDetail(error, 'status')).toBeUndefined();
  });

  it('gives the message in the caller’s language', () => {
    expect(fieldMessage(error, 'explanation', english)).toBe('Explain why the requirement is not met.');
    expect(fieldMessage(error, 'explanation', (v) => v.da)).toBe('Forklar hvorfor kravet ikke er opfyldt.');
    expect(fieldMessage(error, 'links', english)).toBe('Invalid url');
    expect(fieldMessage(error, 'documentation', english)).toBeUndefined();
    expect(fieldMessage(null, 'explanation', english)).toBeUndefined();
  });
});

describe('call', () => {
  beforeEach(() => invokeMock.mockReset());

  it('sends the input to the named resolver function and returns its data', async () => {
    invokeMock.mockResolvedValue({ ok: true, data: { rows: [] } });
    await expect(call('listWishes', {})).resolves.toEqual({ rows: [] });
    expect(invokeMock).toHaveBeenCalledWith('listWishes', {});
  });

  it('turns a typed error answer into an RpcFailure carrying it', async () => {
    const answer = { code: 'conflict', message: { da: 'Ændret af en anden', en: 'Changed by someone else' } };
    invokeMock.mockResolvedValue({ ok: false, error: answer });
    const error = await call('listWishes', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RpcFailure);
    expect((error as RpcFailure).error).toEqual(answer);
    expect((error as RpcFailure).message).toBe('Changed by someone else');
  });

  it('reports an answer without the result envelope as an internal error', async () => {
    invokeMock.mockResolvedValue('<html>gateway timeout</html>');
    const error = (await call('listWishes', {}).catch((e: unknown) => e)) as RpcFailure;
    expect(error).toBeInstanceOf(RpcFailure);
    expect(error.error.code).toBe('internal');
  });
});
