// A web-test-runner command that reads one element's own node in the browser's accessibility tree
// (role, name, required…) through the DevTools protocol, so tests can check what assistive
// technology is told about a control. Unlike the built-in a11ySnapshot it returns nodes that are
// not "interesting" to Puppeteer too, such as a radio group.
export function axNodePlugin() {
  return {
    name: 'ax-node-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ax-node') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`ax-node needs a Puppeteer browser, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      const element = await page.$(payload.selector);
      if (!element) throw new Error(`ax-node: nothing matches ${payload.selector}`);
      try {
        const node = await page.accessibility.snapshot({ root: element, interestingOnly: false });
        return node ? { role: node.role, name: node.name ?? '', required: node.required === true } : null;
      } finally {
        await element.dispose();
      }
    },
  };
}
