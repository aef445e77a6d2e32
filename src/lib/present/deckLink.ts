/** Which window of a deck a message comes from. */
export type DeckRole = 'audience' | 'speaker';

/**
 * What the windows of one deck tell each other. `hello` is sent by a window as it opens (or
 * reloads); every other window answers with `state`, except a speaker view that has not yet
 * followed a deck, which takes the newcomer's slide instead. `go` and `blackout` follow a
 * presenter's key or click in any window; `bye`, a window closing.
 */
export type DeckMessage =
  | { kind: 'hello'; from: string; role: DeckRole; index: number }
  | { kind: 'state'; from: string; role: DeckRole; index: number; blackout: boolean }
  | { kind: 'go'; from: string; role: DeckRole; index: number }
  | { kind: 'blackout'; from: string; role: DeckRole; on: boolean }
  | { kind: 'bye'; from: string; role: DeckRole };

const KINDS = ['hello', 'state', 'go', 'blackout', 'bye'];

/** Whether a value received on the channel is one of our messages. */
export function isDeckMessage(value: unknown): value is DeckMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  const indexOk =
    !('index' in message) || (Number.isInteger(message['index']) && Number(message['index']) >= 0);
  return (
    KINDS.includes(String(message['kind'])) &&
    typeof message['from'] === 'string' &&
    (message['role'] === 'audience' || message['role'] === 'speaker') &&
    indexOk
  );
}

/** The part of a BroadcastChannel the link uses; tests may pass their own. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

/** The window's own side of the deck: its slide and blackout, read and set. */
export interface DeckSide {
  role: DeckRole;
  index(): number;
  blackout(): boolean;
  go(index: number): void;
  setBlackout(on: boolean): void;
  /** Told whenever the windows this one knows of change. */
  onpeers?(audience: number, speakers: number): void;
}

/** The channel's name: one deck per story and page, so two stories never drive each other. */
export function channelName(path: string, title: string): string {
  return `map-story-deck:${path}:${title}`;
}

/**
 * Keeps the windows of a deck (the audience's and the speaker view, any number of each) on
 * the same slide, through the browser alone (a BroadcastChannel: same machine, same origin, no
 * server). Call `moved` and `blackoutChanged` after the window's own changes; changes that came
 * from the channel are not sent back.
 */
export class DeckLink {
  readonly id: string;
  readonly #channel: ChannelLike;
  readonly #side: DeckSide;
  readonly #peers = new Map<string, DeckRole>();
  #sentIndex: number;
  #closed = false;
  #sentBlackout: boolean;
  // Whether this window follows a deck: always, for the deck itself; a speaker view, once a
  // deck has answered it.
  #joined: boolean;
  readonly #listener = (event: MessageEvent) => this.#receive(event.data);

  constructor(channel: ChannelLike, side: DeckSide, id: string = randomId()) {
    this.#channel = channel;
    this.#side = side;
    this.id = id;
    this.#sentIndex = side.index();
    this.#sentBlackout = side.blackout();
    this.#joined = side.role === 'audience';
    channel.addEventListener('message', this.#listener);
    this.#post({ kind: 'hello', index: this.#sentIndex });
  }

  /** How many windows of each role this one knows of, itself left out. */
  get peers(): { audience: number; speakers: number } {
    const roles = [...this.#peers.values()];
    return {
      audience: roles.filter((role) => role === 'audience').length,
      speakers: roles.filter((role) => role === 'speaker').length,
    };
  }

  /** Sends the window's slide if it changed here. */
  moved(): void {
    const index = this.#side.index();
    if (index === this.#sentIndex) return;
    this.#sentIndex = index;
    this.#post({ kind: 'go', index });
  }

  /** Sends the window's blackout if it changed here. */
  blackoutChanged(): void {
    const on = this.#side.blackout();
    if (on === this.#sentBlackout) return;
    this.#sentBlackout = on;
    this.#post({ kind: 'blackout', on });
  }

  /** Says goodbye and stops listening; once only. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#post({ kind: 'bye' });
    this.#channel.removeEventListener('message', this.#listener);
    this.#channel.close();
  }

  #post(message: Record<string, unknown>): void {
    if (this.#closed && message['kind'] !== 'bye') return;
    this.#channel.postMessage({ ...message, from: this.id, role: this.#side.role });
  }

  #adopt(index: number, blackout?: boolean): void {
    this.#sentIndex = index;
    this.#side.go(index);
    if (blackout === undefined) return;
    this.#sentBlackout = blackout;
    this.#side.setBlackout(blackout);
  }

  #receive(data: unknown): void {
    if (!isDeckMessage(data) || data.from === this.id) return;
    if (data.kind === 'bye') this.#peers.delete(data.from);
    else this.#peers.set(data.from, data.role);
    if (data.kind === 'hello') {
      // A speaker view that has followed no deck yet joins the deck that just opened; every
      // other window tells the newcomer where the deck is, so a reloaded window rejoins it.
      if (!this.#joined && data.role === 'audience') this.#adopt(data.index);
      this.#post({ kind: 'state', index: this.#side.index(), blackout: this.#side.blackout() });
    } else if (data.kind === 'state' || data.kind === 'go') {
      this.#adopt(data.index, data.kind === 'state' ? data.blackout : undefined);
    } else if (data.kind === 'blackout') {
      this.#sentBlackout = data.on;
      this.#side.setBlackout(data.on);
    }
    if (data.role === 'audience' && data.kind !== 'bye') this.#joined = true;
    const { audience, speakers } = this.peers;
    this.#side.onpeers?.(audience, speakers);
  }
}

function randomId(): string {
  return Math.random().toString(36).slice(2, 10);
}
