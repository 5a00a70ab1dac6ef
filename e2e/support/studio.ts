import { expect, test as base, type Locator, type Page } from '@playwright/test';

/** A page object for LinuxKit Studio: user-level actions and reads, no app internals. */
export class Studio {
  readonly consoleErrors: string[] = [];
  readonly foreignRequests: string[] = [];

  constructor(readonly page: Page, origin: string) {
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => this.consoleErrors.push(err.message));
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) this.foreignRequests.push(url);
    });
  }

  /** Opens the app; each test's browser context starts with empty storage, so the example loads. */
  async open(): Promise<void> {
    await this.page.goto('/');
    await this.waitReady();
  }

  async waitReady(): Promise<void> {
    await expect(this.page.getByTestId('yaml-editor')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
    await expect(this.page.locator('.react-flow__viewport')).toBeVisible();
  }

  /** Loads YAML text the way a user opens a file. */
  async load(text: string, name = 'linuxkit.yml', { timeout }: { timeout?: number } = {}): Promise<void> {
    await this.page.getByTestId('open-file-input').setInputFiles({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) });
    await expect.poll(() => this.text(), { timeout }).toBe(text);
  }

  /** The editor's text, read as the user would get it: by exporting linuxkit.yml. */
  async text(): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('export-yaml').click();
    const anyway = this.page.getByTestId('export-anyway');
    const first = await Promise.race([download.then(() => 'download' as const), anyway.waitFor().then(() => 'dialog' as const)]);
    if (first === 'dialog') await anyway.click();
    const file = await download;
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  node(id: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  edgeLabel(id: string): Locator {
    return this.page.locator(`.edge-label[data-edge-id="${id}"]`);
  }

  lane(section: string): Locator {
    return this.page.locator(`.lane[data-lane="${section}"]`);
  }

  inspector(): Locator {
    return this.page.getByTestId('inspector');
  }

  /** Drags a palette item onto the canvas: into the middle of a lane, or at a point of the pane. */
  async dragFromPalette(testId: string, target: Locator | { x: number; y: number }): Promise<void> {
    const pane = this.page.locator('.react-flow__pane');
    const paneBox = await pane.boundingBox();
    if (!paneBox) throw new Error('canvas not visible');
    let point: { x: number; y: number };
    if ('x' in target) point = target;
    else {
      const box = await target.boundingBox();
      if (!box) throw new Error('drop target not visible');
      point = { x: box.x + box.width / 2 - paneBox.x, y: box.y + Math.min(box.height / 2, 120) - paneBox.y };
    }
    await this.page.getByTestId(testId).dragTo(pane, { targetPosition: point });
  }

  /** Draws a mount edge by dragging from a volume's handle to a container's handle. */
  async connect(volumeId: string, containerId: string): Promise<void> {
    const from = this.node(volumeId).locator('.react-flow__handle.source[data-handleid="mount"]');
    const to = this.node(containerId).locator('.react-flow__handle[data-handleid="mount"]');
    const a = await from.boundingBox();
    const b = await to.boundingBox();
    if (!a || !b) throw new Error('handle not visible');
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
    await this.page.mouse.up();
  }

  /** Drags a node by its header to a new place (in screen pixels). */
  async dragNode(id: string, dx: number, dy: number): Promise<void> {
    const header = this.node(id).locator('.node-header');
    const box = await header.boundingBox();
    if (!box) throw new Error(`node ${id} not visible`);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx, y + dy, { steps: 10 });
    await this.page.mouse.up();
  }

  /** Each node's place on the canvas (its CSS transform), by node id. */
  async layout(): Promise<Record<string, string>> {
    const entries = await this.page
      .locator('.react-flow__node:not(.react-flow__node-lane)')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-id') ?? '', (e as HTMLElement).style.transform] as const));
    return Object.fromEntries(entries);
  }

  async nodeIds(): Promise<string[]> {
    return this.page
      .locator('.react-flow__node:not(.react-flow__node-lane)')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
  }

  async fitView(): Promise<void> {
    await this.page.locator('.react-flow__controls-fitview').click();
  }

  /** The YAML editor (Monaco). */
  editor(): Locator {
    return this.page.getByTestId('yaml-editor');
  }

  /** Gives the editor the keyboard without moving its cursor. */
  async focusEditor(): Promise<void> {
    await this.editor().locator('textarea, .native-edit-context').first().focus();
  }

  /** Puts the editor's cursor at a 1-based line and column, with the keyboard (as a user would). */
  async setCursor(line: number, column: number): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+Home');
    for (let i = 1; i < line; i++) await this.page.keyboard.press('ArrowDown');
    for (let i = 1; i < column; i++) await this.page.keyboard.press('ArrowRight');
  }

  /** Types text at the editor's cursor; several lines arrive as a paste, so auto-indent leaves them as given. */
  async typeInEditor(text: string): Promise<void> {
    if (!text.includes('\n')) {
      await this.page.keyboard.insertText(text);
      return;
    }
    await this.page.evaluate((t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }

  /** The text of the editor lines highlighted as the selected element (only lines on screen are rendered). */
  async highlightedEditorLines(): Promise<string[]> {
    return this.editor().evaluate((root) => {
      const tops = new Set([...root.querySelectorAll('.editor-selected-element')].map((e) => (e.parentElement as HTMLElement).style.top));
      return [...root.querySelectorAll<HTMLElement>('.view-lines .view-line')]
        .filter((line) => tops.has(line.style.top))
        .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
        .map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' '));
    });
  }

  /** Whether the keyboard is in the editor. */
  async editorHasFocus(): Promise<boolean> {
    return this.editor().evaluate((root) => root.contains(document.activeElement));
  }

  /** The editor's text once it stops changing into the store, read by export. */
  async settledText(expected: string, { timeout }: { timeout?: number } = {}): Promise<void> {
    await expect.poll(() => this.text(), { timeout }).toBe(expected);
  }
}

export const test = base.extend<{ studio: Studio }>({
  studio: async ({ page, baseURL }, use) => {
    const studio = new Studio(page, baseURL!);
    await studio.open();
    await use(studio);
  },
});

export { expect };
