import { flowToSvg, stackBelow } from '../core/dataflow/flowToSvg.ts';
import { graphToSvg } from '../core/graph/toSvg.ts';
import { mergedModel } from '../core/merge/mergedModel.ts';
import type { StudioFile } from './files.ts';
import type { Positions } from './positions.ts';
import { runtimeViewOf } from './runtimeView.ts';
import type { Views } from './views.ts';

export interface Picture {
  svg: string;
  width: number;
  height: number;
}

/** The whole graph of the build (not just the part the canvas shows) as a standalone SVG, with the data flow under it. */
export function graphPicture(views: Views, files: string | readonly StudioFile[], positions: Positions): Picture {
  const build = views.build(typeof files === 'string' ? [{ name: 'linuxkit.yml', text: files }] : files);
  const picture = graphToSvg(build.graph, positions);
  const { flow } = runtimeViewOf(mergedModel(build.lastGood.map((f) => f.parsed.model)));
  return flow.targets.length > 0 ? stackBelow(picture, flowToSvg(flow)) : picture;
}

/** Draws the SVG into a canvas at `scale` (sharp on slides) and returns a PNG. */
export async function pictureToPng(picture: Picture, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([picture.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(picture.width * scale);
    canvas.height = Math.ceil(picture.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw pictures (no 2D canvas).');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, picture.width, picture.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The picture is too large to turn into a PNG.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
