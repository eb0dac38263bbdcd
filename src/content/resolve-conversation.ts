// Build time only: content/conversations/<id>/, a branching dialogue for step 3. The graph is
// checked so that no user ever meets a dead end: every `next` is a node or null (the end), every
// node can be reached from the start, and at least one path of good choices reaches an end. Every
// line and every sentence has its text (and likely effect) in every language.
import { LOCALES } from './schema';
import { ConversationSource, ConversationText } from './schemas/conversation';
import type { SourceFile } from './source-file';
import { openFolder, readFolderFiles, shownInEveryLanguage, type FolderFiles } from './resolve-folder';
import type { Conversation } from '../practice/types';

export function readConversationFiles(dir: string, folder: string, name = `content/conversations/${folder}`): FolderFiles {
  return readFolderFiles(dir, folder, 'conversation', name);
}

export function compileConversation(files: FolderFiles): Conversation {
  const { source, settle } = openFolder(files, ConversationSource, {
    missingFix: 'every conversation folder needs a conversation.yaml; see content/README.md, "Gespreksoefeningen".',
    unlisted: shownInEveryLanguage('a conversation'),
  });
  checkGraph(source, files.structure);

  const ids = Object.keys(source.nodes);
  const text = {} as Conversation['text'];
  for (const locale of LOCALES) {
    const file = files.texts[locale];
    if (!file.exists) {
      file.fail([], `is missing: a conversation needs its ${locale} text`, `add ${locale}.yaml with title, intro, every node's says and choices, and reasoning.`);
      continue;
    }
    const value = file.check(ConversationText);
    if (!value) continue;
    for (const id of ids) {
      const node = value.nodes[id];
      if (!node) { file.fail(['nodes', id], 'is missing', `add the node "${id}" with says and the sentence and effect of each choice.`); continue; }
      for (const choice of source.nodes[id]!.choices) {
        if (!node.choices[choice.id]) file.fail(['nodes', id, 'choices', choice.id], 'is missing', `add the choice "${choice.id}" with sentence and effect.`);
      }
      for (const extra of Object.keys(node.choices)) {
        if (!source.nodes[id]!.choices.some((ch) => ch.id === extra)) file.fail(['nodes', id, 'choices', extra], `"${extra}" is not a choice of node "${id}" in conversation.yaml`, `use one of: ${source.nodes[id]!.choices.map((ch) => ch.id).join(', ')}.`);
      }
    }
    for (const extra of Object.keys(value.nodes)) if (!ids.includes(extra)) file.fail(['nodes', extra], `"${extra}" is not a node of conversation.yaml`, `use one of: ${ids.join(', ')}.`);
    text[locale] = value;
  }
  settle();
  return { id: source.id, version: source.version, reviewed: source.reviewed, with: source.with, start: source.start, locales: source.locales, sources: source.sources, nodes: source.nodes, text };
}

function checkGraph(source: ConversationSource, file: SourceFile) {
  const nodes = source.nodes;
  const ids = Object.keys(nodes);
  if (!nodes[source.start]) {
    file.fail(['start'], `"${source.start}" is not a node`, `use one of: ${ids.join(', ') || '(there are no nodes)'}.`);
    return;
  }
  for (const [id, node] of Object.entries(nodes)) {
    const seen = new Set<string>();
    node.choices.forEach((ch, i) => {
      if (seen.has(ch.id)) file.fail(['nodes', id, 'choices', i, 'id'], `"${ch.id}" is used twice in this node`, 'give every choice of a node its own id.');
      seen.add(ch.id);
      if (ch.next !== null && !nodes[ch.next]) file.fail(['nodes', id, 'choices', i, 'next'], `"${ch.next}" is not a node`, `use one of: ${ids.join(', ')}; or null where the conversation ends.`);
    });
  }
  // Reachable from the start, along any choice.
  const reached = new Set([source.start]);
  const queue = [source.start];
  while (queue.length > 0) {
    for (const ch of nodes[queue.shift()!]!.choices) {
      if (ch.next !== null && nodes[ch.next] && !reached.has(ch.next)) { reached.add(ch.next); queue.push(ch.next); }
    }
  }
  for (const id of ids) if (!reached.has(id)) file.fail(['nodes', id], `cannot be reached from the start "${source.start}"`, 'let a choice lead to it (next), or remove it.');
  // A path of good choices only that ends: the model conversation the reasoning describes.
  const good = new Set<string>();
  for (let changed = true; changed;) {
    changed = false;
    for (const [id, node] of Object.entries(nodes)) {
      if (!good.has(id) && node.choices.some((ch) => ch.good && (ch.next === null || good.has(ch.next)))) { good.add(id); changed = true; }
    }
  }
  if (!good.has(source.start)) file.fail(['nodes'], 'has no path of good choices (good: true) from the start to an end (next: null)', 'mark the sentences an expert would choose as good, so that they lead to an end.');
}
