/**
 * Bakes drawn art into one texture, so what does not change is drawn once instead of every
 * frame. Graphics, images and texts are painted onto a 2D canvas (anti-aliased, as a Graphics
 * object looks on the screen; a WebGL 1 framebuffer would not be) in the order given, and
 * the canvas becomes a texture in the scene's texture manager: one quad to draw per frame.
 *
 * Used by the clinic floor (its static plan, the patients' figures, badges and wait rings,
 * the providers and the clock's hands), whose ~130 Graphics and Text objects otherwise
 * cost a full redraw on every frame.
 */
import { GameObjects, type Scene, type Textures } from 'phaser';

/** What can be baked: art placed in the scene's coordinates. */
export type Bakeable = GameObjects.Graphics | GameObjects.Image | GameObjects.Text;

/** The area of the scene to bake, in its coordinates; the texture is this size. */
export interface BakeArea {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Paints `objects` (in order, each at its own position) onto a new canvas texture `key`
 * covering `area`, replacing any texture of that key. The objects are left as they are;
 * the caller destroys them once they are baked.
 */
export function bakeTexture(scene: Scene, key: string, area: BakeArea, objects: readonly Bakeable[]): Textures.CanvasTexture {
  if (scene.textures.exists(key)) scene.textures.remove(key);
  const texture = scene.textures.createCanvas(key, Math.ceil(area.width), Math.ceil(area.height));
  if (!texture) throw new Error(`the canvas texture "${key}" could not be created`);
  const { canvas, context } = texture;
  for (const object of objects) {
    if (!object.visible) continue;
    if (object instanceof GameObjects.Graphics) {
      // Graphics paints in the scene's coordinates from its own position; move it into the area.
      const { x, y } = object;
      object.setPosition(x - area.x, y - area.y);
      object.generateTexture(canvas, canvas.width, canvas.height);
      object.setPosition(x, y);
      continue;
    }
    paintFrame(context, object, area);
  }
  texture.refresh();
  return texture;
}

/** How far art drawn around a point reaches from it: `left` and `top` are negative. */
export interface Reach {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The reach of art centred on its point, `width` × `height`. */
export function centred(width: number, height: number): Reach {
  return { left: -width / 2, top: -height / 2, right: width / 2, bottom: height / 2 };
}

/**
 * Bakes art drawn around a point into a texture just as large as `reach`: `draw` paints
 * with (0, 0) at the point, and returns any images or texts to bake over its Graphics.
 * Show it with `setOrigin(...originOf(reach))` to put the point where the art belongs. No
 * more transparent margin than needed: a software renderer pays for every pixel of a quad.
 */
export function bakeAround(scene: Scene, key: string, reach: Reach, draw: (graphics: GameObjects.Graphics) => readonly Bakeable[]): Textures.CanvasTexture {
  const graphics = scene.make.graphics({}, false);
  graphics.translateCanvas(-reach.left, -reach.top);
  const extra = draw(graphics);
  const area = { x: 0, y: 0, width: reach.right - reach.left, height: reach.bottom - reach.top };
  const texture = bakeTexture(scene, key, area, [graphics, ...extra.map((object) => shifted(object, -reach.left, -reach.top))]);
  graphics.destroy();
  for (const object of extra) object.destroy();
  return texture;
}

/** The origin (as shares of the texture) that puts the point of `reach` at the image's position. */
export function originOf(reach: Reach): [number, number] {
  return [-reach.left / (reach.right - reach.left), -reach.top / (reach.bottom - reach.top)];
}

/** The same object moved by (dx, dy), for art drawn around the origin. */
function shifted<T extends Bakeable>(object: T, dx: number, dy: number): T {
  object.setPosition(object.x + dx, object.y + dy);
  return object;
}

/** Paints an image's or a text's frame at its displayed size, origin, angle and alpha. */
function paintFrame(context: CanvasRenderingContext2D, object: GameObjects.Image | GameObjects.Text, area: BakeArea): void {
  const { frame } = object;
  const source = frame.source.image as CanvasImageSource;
  const width = object.displayWidth;
  const height = object.displayHeight;
  context.save();
  context.globalAlpha = object.alpha;
  context.translate(object.x - area.x, object.y - area.y);
  context.rotate(object.rotation);
  context.drawImage(source, frame.cutX, frame.cutY, frame.cutWidth, frame.cutHeight, -width * object.originX, -height * object.originY, width, height);
  context.restore();
}

/**
 * Makes `key` a copy of the texture `sourceKey` with its colours multiplied by `colour` (a CSS
 * colour), as WebGL's tint would show it; the copy is a plain texture, so the 2D canvas
 * renderer, which has no tint, shows it alike.
 */
export function tintedCopy(scene: Scene, sourceKey: string, key: string, colour: string): void {
  if (scene.textures.exists(key)) scene.textures.remove(key);
  const frame = scene.textures.getFrame(sourceKey);
  const { cutX, cutY, cutWidth, cutHeight } = frame;
  const texture = scene.textures.createCanvas(key, cutWidth, cutHeight);
  if (!texture) throw new Error(`the canvas texture "${key}" could not be created`);
  const { context } = texture;
  const paint = () => context.drawImage(frame.source.image as CanvasImageSource, cutX, cutY, cutWidth, cutHeight, 0, 0, cutWidth, cutHeight);
  paint();
  context.globalCompositeOperation = 'multiply';
  context.fillStyle = colour;
  context.fillRect(0, 0, cutWidth, cutHeight);
  // Multiplying filled the transparent pixels too: keep only where the picture is.
  context.globalCompositeOperation = 'destination-in';
  paint();
  context.globalCompositeOperation = 'source-over';
  texture.refresh();
}
