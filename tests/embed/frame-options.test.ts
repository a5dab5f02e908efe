import { describe, expect, it } from 'vitest';
import { defaultFrameOptions, frameClasses, isOrigin, readFrameOptions } from '../../src/embed/frame-options';

describe('frame options from the address', () => {
  it('default to the full viewer, open to any embedding page', () => {
    expect(readFrameOptions('')).toEqual({ options: defaultFrameOptions, notices: [] });
    expect(frameClasses(defaultFrameOptions)).toEqual([]);
  });

  it('read embed, panels and parentOrigin', () => {
    const { options, notices } = readFrameOptions(
      '?embed=1&panels=info&parentOrigin=https%3A%2F%2Fclinic.example%3A8443',
    );
    expect(notices).toEqual([]);
    expect(options).toEqual({
      embed: true,
      panels: 'info',
      hide: [],
      parentOrigin: 'https://clinic.example:8443',
      api: true,
    });
    expect(frameClasses(options)).toEqual(['embedded', 'panels-info']);
  });

  it('read which header controls to hide, applying the known ones of a list with a typo', () => {
    const all = readFrameOptions('?embed=1&hide=quiz,tours,language,voice');
    expect(all.notices).toEqual([]);
    expect(frameClasses(all.options)).toEqual(['embedded', 'hide-quiz', 'hide-tours', 'hide-language', 'hide-voice']);
    const typo = readFrameOptions('?hide=quiz,tuors,<script>');
    expect(typo.options.hide).toEqual(['quiz']);
    expect(typo.notices.map((n) => n.key)).toEqual(['embed:link.badHide']);
    expect(readFrameOptions('?hide=').options.hide).toEqual([]);
  });

  it('ignore what they do not understand, with a notice each', () => {
    const { options, notices } = readFrameOptions('?embed=yes&panels=some');
    expect(options).toEqual(defaultFrameOptions);
    expect(notices.map((n) => n.key)).toEqual(['embed:link.badEmbed', 'embed:link.badPanels']);
  });

  it('shut the API when parentOrigin cannot be read, rather than open it to everyone', () => {
    for (const bad of ['clinic.example', 'https://clinic.example/blog', 'javascript:alert(1)', '*', 'null']) {
      const { options, notices } = readFrameOptions(`?parentOrigin=${encodeURIComponent(bad)}`);
      expect(options.api, bad).toBe(false);
      expect(notices.map((n) => n.key)).toEqual(['embed:link.badParentOrigin']);
    }
    expect(isOrigin('http://127.0.0.1:5173')).toBe(true);
  });
});
