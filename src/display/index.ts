export { viewNames, buttonViews } from './views';
export type { ViewName } from './views';
export { skinLayers, layerToggles } from './layers';
export type { SkinLayer, Layers, LayerToggle } from './layers';
export { compactScreenQuery, sideSheetQuery } from './layout';
