import type { SectionId } from './sections';

/** Which section of the unlocked app is showing. */
export class FrameState {
  #section = $state<SectionId>('home');

  get section() {
    return this.#section;
  }

  go(section: SectionId): void {
    this.#section = section;
  }
}
