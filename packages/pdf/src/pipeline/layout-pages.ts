// react-pdf's output differs between Node (a Buffer) and a browser (a Blob): the platform module has it.
export { layoutPages } from '../platform/node.js';
