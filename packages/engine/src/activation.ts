import type { Activation } from "./compile/programs.js";
import type { SessionContextValue } from "./state/session-context.js";
import type { SessionStore } from "./state/session-store.js";

/**
 * The variables of one evaluation. `parent` and `root` are looked up only when
 * an expression reads them (cel-js reads variables as properties).
 */
export class LazyActivation implements Activation {
  event: unknown = undefined;
  session: SessionContextValue;
  params: unknown = undefined;
  window: unknown = undefined;
  readonly #store: SessionStore;
  #parent: SessionContextValue | undefined = undefined;
  #root: SessionContextValue | undefined = undefined;

  constructor(store: SessionStore) {
    this.#store = store;
    this.session = store.get("");
  }

  reset(event: unknown, session: SessionContextValue): void {
    this.event = event;
    this.session = session;
    this.window = undefined;
    this.#parent = undefined;
    this.#root = undefined;
  }

  get parent(): SessionContextValue {
    if (this.#parent === undefined) this.#parent = this.#store.get(this.session.parent_id);
    return this.#parent;
  }

  get root(): SessionContextValue {
    if (this.#root === undefined) {
      const session = this.session;
      this.#root = session.root_id === session.id ? session : this.#store.get(session.root_id);
    }
    return this.#root;
  }
}
