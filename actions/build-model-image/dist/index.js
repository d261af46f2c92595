import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3057:
/***/ ((module) => {

function isBuffer(value) {
  return Buffer.isBuffer(value) || value instanceof Uint8Array
}

function isEncoding(encoding) {
  return Buffer.isEncoding(encoding)
}

function alloc(size, fill, encoding) {
  return Buffer.alloc(size, fill, encoding)
}

function allocUnsafe(size) {
  return Buffer.allocUnsafe(size)
}

function allocUnsafeSlow(size) {
  return Buffer.allocUnsafeSlow(size)
}

function byteLength(string, encoding) {
  return Buffer.byteLength(string, encoding)
}

function compare(a, b) {
  return Buffer.compare(a, b)
}

function concat(buffers, totalLength) {
  return Buffer.concat(buffers, totalLength)
}

function copy(source, target, targetStart, start, end) {
  return toBuffer(source).copy(target, targetStart, start, end)
}

function equals(a, b) {
  return toBuffer(a).equals(b)
}

function fill(buffer, value, offset, end, encoding) {
  return toBuffer(buffer).fill(value, offset, end, encoding)
}

function from(value, encodingOrOffset, length) {
  return Buffer.from(value, encodingOrOffset, length)
}

function includes(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).includes(value, byteOffset, encoding)
}

function indexOf(buffer, value, byfeOffset, encoding) {
  return toBuffer(buffer).indexOf(value, byfeOffset, encoding)
}

function lastIndexOf(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding)
}

function swap16(buffer) {
  return toBuffer(buffer).swap16()
}

function swap32(buffer) {
  return toBuffer(buffer).swap32()
}

function swap64(buffer) {
  return toBuffer(buffer).swap64()
}

function toBuffer(buffer) {
  if (Buffer.isBuffer(buffer)) return buffer
  return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

function toString(buffer, encoding, start, end) {
  return toBuffer(buffer).toString(encoding, start, end)
}

function toHex(buffer, start, end) {
  return toBuffer(buffer).toString('hex', start, end)
}

function write(buffer, string, offset, length, encoding) {
  return toBuffer(buffer).write(string, offset, length, encoding)
}

function readDoubleBE(buffer, offset) {
  return toBuffer(buffer).readDoubleBE(offset)
}

function readDoubleLE(buffer, offset) {
  return toBuffer(buffer).readDoubleLE(offset)
}

function readFloatBE(buffer, offset) {
  return toBuffer(buffer).readFloatBE(offset)
}

function readFloatLE(buffer, offset) {
  return toBuffer(buffer).readFloatLE(offset)
}

function readInt32BE(buffer, offset) {
  return toBuffer(buffer).readInt32BE(offset)
}

function readInt32LE(buffer, offset) {
  return toBuffer(buffer).readInt32LE(offset)
}

function readUInt32BE(buffer, offset) {
  return toBuffer(buffer).readUInt32BE(offset)
}

function readUInt32LE(buffer, offset) {
  return toBuffer(buffer).readUInt32LE(offset)
}

function writeDoubleBE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleBE(value, offset)
}

function writeDoubleLE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleLE(value, offset)
}

function writeFloatBE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatBE(value, offset)
}

function writeFloatLE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatLE(value, offset)
}

function writeInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32BE(value, offset)
}

function writeInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32LE(value, offset)
}

function writeUInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32BE(value, offset)
}

function writeUInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32LE(value, offset)
}

module.exports = {
  isBuffer,
  isEncoding,
  alloc,
  allocUnsafe,
  allocUnsafeSlow,
  byteLength,
  compare,
  concat,
  copy,
  equals,
  fill,
  from,
  includes,
  indexOf,
  lastIndexOf,
  swap16,
  swap32,
  swap64,
  toBuffer,
  toString,
  toHex,
  write,
  readDoubleBE,
  readDoubleLE,
  readFloatBE,
  readFloatLE,
  readInt32BE,
  readInt32LE,
  readUInt32BE,
  readUInt32LE,
  writeDoubleBE,
  writeDoubleLE,
  writeFloatBE,
  writeFloatLE,
  writeInt32BE,
  writeInt32LE,
  writeUInt32BE,
  writeUInt32LE
}


/***/ }),

/***/ 9580:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(4434)


/***/ }),

/***/ 3587:
/***/ ((module) => {

module.exports = class FixedFIFO {
  constructor (hwm) {
    if (!(hwm > 0) || ((hwm - 1) & hwm) !== 0) throw new Error('Max size for a FixedFIFO should be a power of two')
    this.buffer = new Array(hwm)
    this.mask = hwm - 1
    this.top = 0
    this.btm = 0
    this.next = null
  }

  clear () {
    this.top = this.btm = 0
    this.next = null
    this.buffer.fill(undefined)
  }

  push (data) {
    if (this.buffer[this.top] !== undefined) return false
    this.buffer[this.top] = data
    this.top = (this.top + 1) & this.mask
    return true
  }

  shift () {
    const last = this.buffer[this.btm]
    if (last === undefined) return undefined
    this.buffer[this.btm] = undefined
    this.btm = (this.btm + 1) & this.mask
    return last
  }

  peek () {
    return this.buffer[this.btm]
  }

  isEmpty () {
    return this.buffer[this.btm] === undefined
  }
}


/***/ }),

/***/ 3867:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const FixedFIFO = __nccwpck_require__(3587)

module.exports = class FastFIFO {
  constructor (hwm) {
    this.hwm = hwm || 16
    this.head = new FixedFIFO(this.hwm)
    this.tail = this.head
    this.length = 0
  }

  clear () {
    this.head = this.tail
    this.head.clear()
    this.length = 0
  }

  push (val) {
    this.length++
    if (!this.head.push(val)) {
      const prev = this.head
      this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length)
      this.head.push(val)
    }
  }

  shift () {
    if (this.length !== 0) this.length--
    const val = this.tail.shift()
    if (val === undefined && this.tail.next) {
      const next = this.tail.next
      this.tail.next = null
      this.tail = next
      return this.tail.shift()
    }

    return val
  }

  peek () {
    const val = this.tail.peek()
    if (val === undefined && this.tail.next) return this.tail.next.peek()
    return val
  }

  isEmpty () {
    return this.length === 0
  }
}


/***/ }),

/***/ 6204:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { EventEmitter } = __nccwpck_require__(9580)
const FIFO = __nccwpck_require__(3867)
const TextDecoder = __nccwpck_require__(7934)

const StreamError = __nccwpck_require__(5657)

// if we do a future major, expect queue microtask to be there always, for now a bit defensive
const qmt =
  typeof queueMicrotask === 'undefined' ? (fn) => global.process.nextTick(fn) : queueMicrotask

// 29 bits used total (4 from shared, 14 from read, and 11 from write)
const MAX = (1 << 29) - 1

// Shared state
const OPENING = 0b0001
const PREDESTROYING = 0b0010
const DESTROYING = 0b0100
const DESTROYED = 0b1000

const NOT_OPENING = MAX ^ OPENING
const NOT_PREDESTROYING = MAX ^ PREDESTROYING

// Read state (4 bit offset from shared state)
const READ_ACTIVE = 0b00000000000001 << 4
const READ_UPDATING = 0b00000000000010 << 4
const READ_PRIMARY = 0b00000000000100 << 4
const READ_QUEUED = 0b00000000001000 << 4
const READ_RESUMED = 0b00000000010000 << 4
const READ_PIPE_DRAINED = 0b00000000100000 << 4
const READ_ENDING = 0b00000001000000 << 4
const READ_EMIT_DATA = 0b00000010000000 << 4
const READ_EMIT_READABLE = 0b00000100000000 << 4
const READ_EMITTED_READABLE = 0b00001000000000 << 4
const READ_DONE = 0b00010000000000 << 4
const READ_NEXT_TICK = 0b00100000000000 << 4
const READ_NEEDS_PUSH = 0b01000000000000 << 4
const READ_READ_AHEAD = 0b10000000000000 << 4

// Combined read state
const READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED
const READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH
const READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE
const READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED
const READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD

const READ_NOT_ACTIVE = MAX ^ READ_ACTIVE
const READ_NON_PRIMARY = MAX ^ READ_PRIMARY
const READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH)
const READ_PUSHED = MAX ^ READ_NEEDS_PUSH
const READ_PAUSED = MAX ^ READ_RESUMED
const READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE)
const READ_NOT_ENDING = MAX ^ READ_ENDING
const READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING
const READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK
const READ_NOT_UPDATING = MAX ^ READ_UPDATING
const READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD
const READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD

// Write state (18 bit offset, 4 bit offset from shared state and 14 from read state)
const WRITE_ACTIVE = 0b00000000001 << 18
const WRITE_UPDATING = 0b00000000010 << 18
const WRITE_PRIMARY = 0b00000000100 << 18
const WRITE_QUEUED = 0b00000001000 << 18
const WRITE_UNDRAINED = 0b00000010000 << 18
const WRITE_DONE = 0b00000100000 << 18
const WRITE_EMIT_DRAIN = 0b00001000000 << 18
const WRITE_NEXT_TICK = 0b00010000000 << 18
const WRITE_WRITING = 0b00100000000 << 18
const WRITE_FINISHING = 0b01000000000 << 18
const WRITE_CORKED = 0b10000000000 << 18

const WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING)
const WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY
const WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING)
const WRITE_DRAINED = MAX ^ WRITE_UNDRAINED
const WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED
const WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK
const WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING
const WRITE_NOT_CORKED = MAX ^ WRITE_CORKED

// Combined shared state
const ACTIVE = READ_ACTIVE | WRITE_ACTIVE
const NOT_ACTIVE = MAX ^ ACTIVE
const DONE = READ_DONE | WRITE_DONE
const DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING
const OPEN_STATUS = DESTROY_STATUS | OPENING
const AUTO_DESTROY = DESTROY_STATUS | DONE
const NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY
const ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK
const TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE
const IS_OPENING = OPEN_STATUS | TICKING

// Combined shared state and read state
const READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE
const READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED
const READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED
const READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE
const SHOULD_NOT_READ =
  OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD
const READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE
const READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY
const READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING

// Combined write state
const WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED
const WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE
const WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE
const WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED
const WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE
const WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING
const WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE
const WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY
const WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS

const asyncIterator = Symbol.asyncIterator || Symbol('asyncIterator')

class WritableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark
    this.buffered = 0
    this.error = null
    this.pipeline = null
    this.drains = null // if we add more seldomly used helpers we might them into a subobject so its a single ptr
    this.byteLength = byteLengthWritable || byteLength || defaultByteLength
    this.map = mapWritable || map
    this.afterWrite = afterWrite.bind(this)
    this.afterUpdateNextTick = updateWriteNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & WRITE_FINISHING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & WRITE_DONE) !== 0
  }

  push(data) {
    if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false
    if (this.map !== null) data = this.map(data)

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    if (this.buffered < this.highWaterMark) {
      this.stream._duplexState |= WRITE_QUEUED
      return true
    }

    this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED
    return false
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED

    return data
  }

  end(data) {
    if (typeof data === 'function') {
      this.stream.once('finish', data)
    } else if (data !== undefined && data !== null) {
      this.push(data)
    }

    this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY
  }

  autoBatch(data, cb) {
    const buffer = []
    const stream = this.stream

    buffer.push(data)
    while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
      buffer.push(stream._writableState.shift())
    }

    if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null)
    stream._writev(buffer, cb)
  }

  update() {
    const stream = this.stream

    stream._duplexState |= WRITE_UPDATING

    do {
      while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
        const data = this.shift()
        stream._duplexState |= WRITE_ACTIVE_AND_WRITING
        stream._write(data, this.afterWrite)
      }

      if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary()
    } while (this.continueUpdate() === true)

    stream._duplexState &= WRITE_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
      stream._duplexState = stream._duplexState | WRITE_ACTIVE
      stream._final(afterFinal.bind(this))
      return
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTick() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return
    this.stream._duplexState |= WRITE_NEXT_TICK
    if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class ReadableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark
    this.buffered = 0
    this.readAhead = highWaterMark > 0
    this.error = null
    this.pipeline = null
    this.byteLength = byteLengthReadable || byteLength || defaultByteLength
    this.map = mapReadable || map
    this.pipeTo = null
    this.afterRead = afterRead.bind(this)
    this.afterUpdateNextTick = updateReadNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & READ_ENDING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & READ_DONE) !== 0
  }

  pipe(pipeTo, cb) {
    if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT('Can only pipe to one destination')
    if (typeof cb !== 'function') cb = null

    this.stream._duplexState |= READ_PIPE_DRAINED
    this.pipeTo = pipeTo
    this.pipeline = new Pipeline(this.stream, pipeTo, cb)

    if (cb) this.stream.on('error', noop) // We already error handle this so supress crashes

    if (isStreamx(pipeTo)) {
      pipeTo._writableState.pipeline = this.pipeline
      if (cb) pipeTo.on('error', noop) // We already error handle this so supress crashes
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline)) // TODO: just call finished from pipeTo itself
    } else {
      const onerror = this.pipeline.done.bind(this.pipeline, pipeTo)
      const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null) // onclose has a weird bool arg
      pipeTo.on('error', onerror)
      pipeTo.on('close', onclose)
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline))
    }

    pipeTo.on('drain', afterDrain.bind(this))
    this.stream.emit('piping', pipeTo)
    pipeTo.emit('pipe', this.stream)
  }

  push(data) {
    const stream = this.stream

    if (data === null) {
      this.highWaterMark = 0
      stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED
      return false
    }

    if (this.map !== null) {
      data = this.map(data)
      if (data === null) {
        stream._duplexState &= READ_PUSHED
        return this.buffered < this.highWaterMark
      }
    }

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED

    return this.buffered < this.highWaterMark
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) {
      this.stream._duplexState &= READ_NOT_QUEUED
    }

    return data
  }

  unshift(data) {
    const pending = [this.map !== null ? this.map(data) : data]
    while (this.buffered > 0) pending.push(this.shift())

    for (let i = 0; i < pending.length - 1; i++) {
      const data = pending[i]
      this.buffered += this.byteLength(data)
      this.queue.push(data)
    }

    this.push(pending[pending.length - 1])
  }

  read() {
    const stream = this.stream

    if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }

      return data
    }

    if (this.readAhead === false) {
      stream._duplexState |= READ_READ_AHEAD
      this.updateNextTick()
    }

    return null
  }

  drain() {
    const stream = this.stream

    while (
      (stream._duplexState & READ_STATUS) === READ_QUEUED &&
      (stream._duplexState & READ_FLOWING) !== 0
    ) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }
    }
  }

  update() {
    const stream = this.stream

    stream._duplexState |= READ_UPDATING

    do {
      this.drain()

      while (
        this.buffered < this.highWaterMark &&
        (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD
      ) {
        stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH
        stream._read(this.afterRead)
        this.drain()
      }

      if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
        stream._duplexState |= READ_EMITTED_READABLE
        stream.emit('readable')
      }

      if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
        this.updateNonPrimary()
      }
    } while (this.continueUpdate() === true)

    stream._duplexState &= READ_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
      stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING
      stream.emit('end')

      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING
      }

      if (this.pipeTo !== null) {
        this.pipeTo.end()
      }
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTickIfOpen() {
    if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }

  updateNextTick() {
    if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class TransformState {
  constructor(stream) {
    this.data = null
    this.afterTransform = afterTransform.bind(stream)
    this.afterFinal = null
  }
}

class Pipeline {
  constructor(src, dst, cb) {
    this.from = src
    this.to = dst
    this.afterPipe = cb
    this.error = null
    this.pipeToFinished = false
  }

  finished() {
    this.pipeToFinished = true
  }

  done(stream, err) {
    if (err) this.error = err

    if (stream === this.to) {
      this.to = null

      if (this.from !== null) {
        if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
          this.from.destroy(this.error || StreamError.PREMATURE_CLOSE('Writable stream closed'))
        }
        return
      }
    }

    if (stream === this.from) {
      this.from = null

      if (this.to !== null) {
        if ((stream._duplexState & READ_DONE) === 0) {
          this.to.destroy(this.error || StreamError.PREMATURE_CLOSE('Readable stream closed'))
        }
        return
      }
    }

    if (this.afterPipe !== null) this.afterPipe(this.error)
    this.to = this.from = this.afterPipe = null
  }
}

function afterDrain() {
  this.stream._duplexState |= READ_PIPE_DRAINED
  this.updateCallback()
}

function afterFinal(err) {
  const stream = this.stream
  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROY_STATUS) === 0) {
    stream._duplexState |= WRITE_DONE
    stream.emit('finish')
  }

  if ((stream._duplexState & AUTO_DESTROY) === DONE) {
    stream._duplexState |= DESTROYING
  }

  stream._duplexState &= WRITE_NOT_FINISHING

  // no need to wait the extra tick here, so we short circuit that
  if ((stream._duplexState & WRITE_UPDATING) === 0) {
    this.update()
  } else {
    this.updateNextTick()
  }
}

function afterDestroy(err) {
  const stream = this.stream

  if (!err && !StreamError.isStreamDestroyed(this.error)) err = this.error
  if (err) stream.emit('error', err)

  stream._duplexState |= DESTROYED
  stream.emit('close')

  const rs = stream._readableState
  const ws = stream._writableState

  if (rs !== null && rs.pipeline !== null) {
    rs.pipeline.done(stream, err)
  }

  if (ws !== null) {
    while (ws.drains !== null && ws.drains.length > 0) {
      ws.drains.shift().resolve(false)
    }

    if (ws.pipeline !== null) {
      ws.pipeline.done(stream, err)
    }
  }
}

function afterWrite(err) {
  const stream = this.stream

  if (err) stream.destroy(err)
  stream._duplexState &= WRITE_NOT_ACTIVE

  if (this.drains !== null) tickDrains(this.drains)

  if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
    stream._duplexState &= WRITE_DRAINED

    if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
      stream.emit('drain')
    }
  }

  this.updateCallback()
}

function afterRead(err) {
  if (err) this.stream.destroy(err)
  this.stream._duplexState &= READ_NOT_ACTIVE

  if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
    this.stream._duplexState &= READ_NO_READ_AHEAD
  }

  this.updateCallback()
}

function updateReadNT() {
  if ((this.stream._duplexState & READ_UPDATING) === 0) {
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    this.update()
  }
}

function updateWriteNT() {
  if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    this.update()
  }
}

function tickDrains(drains) {
  for (let i = 0; i < drains.length; i++) {
    // drains.writes are monotonic, so if one is 0 its always the first one
    if (--drains[i].writes === 0) {
      drains.shift().resolve(true)
      i--
    }
  }
}

function afterOpen(err) {
  const stream = this.stream

  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROYING) === 0) {
    if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
      stream._duplexState |= READ_PRIMARY
    }

    if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
      stream._duplexState |= WRITE_PRIMARY
    }

    stream.emit('open')
  }

  stream._duplexState &= NOT_ACTIVE

  if (stream._writableState !== null) {
    stream._writableState.updateCallback()
  }

  if (stream._readableState !== null) {
    stream._readableState.updateCallback()
  }
}

function afterTransform(err, data) {
  if (data !== undefined && data !== null) this.push(data)
  this._writableState.afterWrite(err)
}

function newListener(name) {
  if (this._readableState !== null) {
    if (name === 'data') {
      this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD
      this._readableState.updateNextTick()
    }
    if (name === 'readable') {
      this._duplexState |= READ_EMIT_READABLE
      this._readableState.updateNextTick()
    }
  }

  if (this._writableState !== null) {
    if (name === 'drain') {
      this._duplexState |= WRITE_EMIT_DRAIN
      this._writableState.updateNextTick()
    }
  }
}

class Stream extends EventEmitter {
  constructor(opts) {
    super()

    this._duplexState = 0
    this._readableState = null
    this._writableState = null

    if (opts) {
      if (opts.open) this._open = opts.open
      if (opts.destroy) this._destroy = opts.destroy
      if (opts.predestroy) this._predestroy = opts.predestroy
      if (opts.signal) opts.signal.addEventListener('abort', abort.bind(this))
    }

    this.on('newListener', newListener)
  }

  _open(cb) {
    cb(null)
  }

  _destroy(cb) {
    cb(null)
  }

  _predestroy() {
    // does nothing
  }

  get readable() {
    return this._readableState !== null ? true : undefined
  }

  get writable() {
    return this._writableState !== null ? true : undefined
  }

  get destroyed() {
    return (this._duplexState & DESTROYED) !== 0
  }

  get destroying() {
    return (this._duplexState & DESTROY_STATUS) !== 0
  }

  destroy(err) {
    if ((this._duplexState & DESTROY_STATUS) === 0) {
      if (!err) err = StreamError.STREAM_DESTROYED()
      this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY

      if (this._readableState !== null) {
        this._readableState.highWaterMark = 0
        this._readableState.error = err
      }

      if (this._writableState !== null) {
        this._writableState.highWaterMark = 0
        this._writableState.error = err
      }

      this._duplexState |= PREDESTROYING
      this._predestroy()
      this._duplexState &= NOT_PREDESTROYING

      if (this._readableState !== null) {
        this._readableState.updateNextTick()
      }

      if (this._writableState !== null) {
        this._writableState.updateNextTick()
      }
    }
  }
}

class Readable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD
    this._readableState = new ReadableState(this, opts)

    if (opts) {
      if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD
      if (opts.read) this._read = opts.read
      if (opts.eagerOpen) this._readableState.updateNextTick()
      if (opts.encoding) this.setEncoding(opts.encoding)
    }
  }

  static deferred(fn, opts) {
    const out = new PassThrough(opts)

    fn()
      .then((src) => {
        if (src === null) return out.end()
        if (out.destroying) return
        pipeline(src, out, noop)
      })
      .catch((err) => out.destroy(err))

    return out
  }

  setEncoding(encoding) {
    const dec = new TextDecoder(encoding)
    const map = this._readableState.map || echo
    this._readableState.map = mapOrSkip
    return this

    function mapOrSkip(data) {
      const next = dec.push(data)
      return next === '' && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next)
    }
  }

  _read(cb) {
    cb(null)
  }

  pipe(dest, cb) {
    this._readableState.updateNextTick()
    this._readableState.pipe(dest, cb)
    return dest
  }

  read() {
    this._readableState.updateNextTick()
    return this._readableState.read()
  }

  push(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.push(data)
  }

  unshift(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.unshift(data)
  }

  resume() {
    this._duplexState |= READ_RESUMED_READ_AHEAD
    this._readableState.updateNextTick()
    return this
  }

  pause() {
    this._duplexState &=
      this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED
    return this
  }

  static _fromAsyncIterator(ite, opts) {
    let destroy

    const rs = new Readable({
      ...opts,
      read(cb) {
        ite.next().then(push).then(cb.bind(null, null)).catch(cb)
      },
      predestroy() {
        destroy = ite.return()
      },
      destroy(cb) {
        if (!destroy) return cb(null)
        destroy.then(cb.bind(null, null)).catch(cb)
      }
    })

    return rs

    function push(data) {
      if (data.done) rs.push(null)
      else rs.push(data.value)
    }
  }

  static from(data, opts) {
    if (isReadStreamx(data)) return data
    if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts)
    if (!Array.isArray(data)) data = data === undefined ? [] : [data]

    let i = 0
    return new Readable({
      ...opts,
      read(cb) {
        this.push(i === data.length ? null : data[i++])
        cb(null)
      }
    })
  }

  static isBackpressured(rs) {
    return (
      (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 ||
      rs._readableState.buffered >= rs._readableState.highWaterMark
    )
  }

  static isPaused(rs) {
    return (rs._duplexState & READ_RESUMED) === 0
  }

  [asyncIterator]() {
    const stream = this

    let error = null
    let promiseResolve = null
    let promiseReject = null

    this.on('error', (err) => {
      error = err
    })
    this.on('readable', onreadable)
    this.on('close', onclose)

    return {
      [asyncIterator]() {
        return this
      },
      next() {
        return new Promise(function (resolve, reject) {
          promiseResolve = resolve
          promiseReject = reject
          const data = stream.read()
          if (data !== null) ondata(data)
          else if ((stream._duplexState & DESTROYED) !== 0) ondata(null)
        })
      },
      return() {
        return destroy(null)
      },
      throw(err) {
        return destroy(err)
      }
    }

    function onreadable() {
      if (promiseResolve !== null) ondata(stream.read())
    }

    function onclose() {
      if (promiseResolve !== null) ondata(null)
    }

    function ondata(data) {
      if (promiseReject === null) return
      if (error) {
        promiseReject(error)
      } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
        promiseReject(StreamError.STREAM_DESTROYED())
      } else {
        promiseResolve({ value: data, done: data === null })
      }
      promiseReject = promiseResolve = null
    }

    function destroy(err) {
      stream.destroy(err)
      return new Promise((resolve, reject) => {
        if (stream._duplexState & DESTROYED) return resolve({ value: undefined, done: true })
        stream.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

class Writable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | READ_DONE
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
      if (opts.eagerOpen) this._writableState.updateNextTick()
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  static isBackpressured(ws) {
    return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0
  }

  static drained(ws) {
    if (ws.destroyed) return Promise.resolve(false)

    const state = ws._writableState
    const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length
    const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0)
    if (writes === 0) return Promise.resolve(true)

    if (state.drains === null) state.drains = []
    return new Promise((resolve) => {
      state.drains.push({ writes, resolve })
    })
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Duplex extends Readable {
  // and Writable
  constructor(opts) {
    super(opts)

    this._duplexState = OPENING | (this._duplexState & READ_READ_AHEAD)
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Transform extends Duplex {
  constructor(opts) {
    super(opts)
    this._transformState = new TransformState(this)

    if (opts) {
      if (opts.transform) this._transform = opts.transform
      if (opts.flush) this._flush = opts.flush
    }
  }

  _write(data, cb) {
    if (this._readableState.buffered >= this._readableState.highWaterMark) {
      this._transformState.data = data
    } else {
      this._transform(data, this._transformState.afterTransform)
    }
  }

  _read(cb) {
    if (this._transformState.data !== null) {
      const data = this._transformState.data
      this._transformState.data = null
      cb(null)
      this._transform(data, this._transformState.afterTransform)
    } else {
      cb(null)
    }
  }

  destroy(err) {
    super.destroy(err)
    if (this._transformState.data !== null) {
      this._transformState.data = null
      this._transformState.afterTransform()
    }
  }

  _transform(data, cb) {
    cb(null, data)
  }

  _flush(cb) {
    cb(null)
  }

  _final(cb) {
    this._transformState.afterFinal = cb
    this._flush(transformAfterFlush.bind(this))
  }
}

class PassThrough extends Transform {}

function transformAfterFlush(err, data) {
  const cb = this._transformState.afterFinal
  if (err) return cb(err)

  if (data !== null && data !== undefined) this.push(data)
  this.push(null)
  cb(null)
}

function pipelinePromise(...streams) {
  return new Promise((resolve, reject) => {
    return pipeline(...streams, (err) => {
      if (err) return reject(err)
      resolve()
    })
  })
}

function pipeline(stream, ...streams) {
  const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams]
  const done = all.length && typeof all[all.length - 1] === 'function' ? all.pop() : null

  if (all.length < 2) throw StreamError.BAD_ARGUMENT('Pipeline requires at least 2 streams')

  let src = all[0]
  let dest = null
  let error = null

  for (let i = 1; i < all.length; i++) {
    dest = all[i]

    if (isStreamx(src)) {
      src.pipe(dest, onerror)
    } else {
      errorHandle(src, true, i > 1, onerror)
      src.pipe(dest)
    }

    src = dest
  }

  if (done) {
    let fin = false

    const autoDestroy =
      isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy)

    dest.on('error', (err) => {
      if (error === null) error = err
    })

    dest.on('finish', () => {
      fin = true
      if (!autoDestroy) done(error)
    })

    if (autoDestroy) {
      dest.on('close', () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())))
    }
  }

  return dest

  function errorHandle(s, rd, wr, onerror) {
    s.on('error', onerror)
    s.on('close', onclose)

    function onclose() {
      if (rd && s._readableState && !s._readableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
      if (wr && s._writableState && !s._writableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
    }
  }

  function onerror(err) {
    if (!err || error) return
    error = err

    for (const s of all) {
      s.destroy(err)
    }
  }
}

function echo(s) {
  return s
}

function isStream(stream) {
  return !!stream._readableState || !!stream._writableState
}

function isStreamx(stream) {
  return typeof stream._duplexState === 'number' && isStream(stream)
}

function isEnding(stream) {
  return !!stream._readableState && stream._readableState.ending
}

function isEnded(stream) {
  return !!stream._readableState && stream._readableState.ended
}

function isFinishing(stream) {
  return !!stream._writableState && stream._writableState.ending
}

function isFinished(stream) {
  return !!stream._writableState && stream._writableState.ended
}

function getStreamError(stream, opts = {}) {
  const err =
    (stream._readableState && stream._readableState.error) ||
    (stream._writableState && stream._writableState.error)

  // avoid implicit errors by default
  return !opts.all && StreamError.isStreamDestroyed(err) ? null : err
}

function isReadStreamx(stream) {
  return isStreamx(stream) && stream.readable
}

function isDisturbed(stream) {
  return (
    (stream._duplexState & OPENING) !== OPENING ||
    (stream._duplexState & DESTROYING) === DESTROYING ||
    (stream._duplexState & ACTIVE_OR_TICKING) !== 0
  )
}

function isTypedArray(data) {
  return typeof data === 'object' && data !== null && typeof data.byteLength === 'number'
}

function defaultByteLength(data) {
  return isTypedArray(data) ? data.byteLength : 1024
}

function noop() {}

function abort() {
  this.destroy(StreamError.ABORTED())
}

function isWritev(s) {
  return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev
}

module.exports = {
  pipeline,
  pipelinePromise,
  isStream,
  isStreamx,
  isEnding,
  isEnded,
  isFinishing,
  isFinished,
  isDisturbed,
  getStreamError,
  Stream,
  Writable,
  Readable,
  Duplex,
  Transform,
  // Export PassThrough for compatibility with Node.js core's stream module
  PassThrough
}


/***/ }),

/***/ 5657:
/***/ ((module) => {

module.exports = class StreamError extends Error {
  constructor(msg, code, fn = StreamError) {
    super(msg)

    this.code = code

    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, fn)
    }
  }

  static isStreamDestroyed(err) {
    return err && err.code === 'STREAM_DESTROYED'
  }

  static isPrematureClose(err) {
    return err && err.code === 'PREMATURE_CLOSE'
  }

  static isAborted(err) {
    return err && err.code === 'ABORTED'
  }

  static isBadArgument(err) {
    return err && err.code === 'BAD_ARGUMENT'
  }

  get name() {
    return 'StreamError'
  }

  static STREAM_DESTROYED() {
    return new StreamError('Stream was destroyed', 'STREAM_DESTROYED', StreamError.STREAM_DESTROYED)
  }

  static PREMATURE_CLOSE(msg = 'Premature close') {
    return new StreamError(msg, 'PREMATURE_CLOSE', StreamError.PREMATURE_CLOSE)
  }

  static ABORTED() {
    return new StreamError('Stream aborted', 'ABORTED', StreamError.ABORTED)
  }

  static BAD_ARGUMENT(msg = 'Bad argument') {
    return new StreamError(msg, 'BAD_ARGUMENT', StreamError.BAD_ARGUMENT)
  }
}


/***/ }),

/***/ 775:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const constants = { // just for envs without fs
  S_IFMT: 61440,
  S_IFDIR: 16384,
  S_IFCHR: 8192,
  S_IFBLK: 24576,
  S_IFIFO: 4096,
  S_IFLNK: 40960
}

try {
  module.exports = (__nccwpck_require__(9896).constants) || constants
} catch {
  module.exports = constants
}


/***/ }),

/***/ 5763:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Writable, Readable, getStreamError } = __nccwpck_require__(6204)
const FIFO = __nccwpck_require__(3867)
const b4a = __nccwpck_require__(3057)
const headers = __nccwpck_require__(8428)

const EMPTY = b4a.alloc(0)
const MAX_HEADER_SIZE = 4 * 1024 * 1024 // arbitrary big number

class BufferList {
  constructor () {
    this.buffered = 0
    this.shifted = 0
    this.queue = new FIFO()

    this._offset = 0
  }

  push (buffer) {
    this.buffered += buffer.byteLength
    this.queue.push(buffer)
  }

  shiftFirst (size) {
    return this.buffered === 0 ? null : this._next(size)
  }

  shift (size) {
    if (size > this.buffered) return null
    if (size === 0) return EMPTY

    let chunk = this._next(size)

    if (size === chunk.byteLength) return chunk // likely case

    const chunks = [chunk]

    while ((size -= chunk.byteLength) > 0) {
      chunk = this._next(size)
      chunks.push(chunk)
    }

    return b4a.concat(chunks)
  }

  _next (size) {
    const buf = this.queue.peek()
    const rem = buf.byteLength - this._offset

    if (size >= rem) {
      const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf
      this.queue.shift()
      this._offset = 0
      this.buffered -= rem
      this.shifted += rem
      return sub
    }

    this.buffered -= size
    this.shifted += size

    return buf.subarray(this._offset, (this._offset += size))
  }
}

class Source extends Readable {
  constructor (self, header, offset) {
    super()

    this.header = header
    this.offset = offset

    this._parent = self
  }

  _read (cb) {
    if (this.header.size === 0) {
      this.push(null)
    }
    if (this._parent._stream === this) {
      this._parent._update()
    }
    cb(null)
  }

  _predestroy () {
    this._parent.destroy(getStreamError(this))
  }

  _detach () {
    if (this._parent._stream === this) {
      this._parent._stream = null
      this._parent._missing = overflow(this.header.size)
      this._parent._update()
    }
  }

  _destroy (cb) {
    this._detach()
    cb(null)
  }
}

class Extract extends Writable {
  constructor (opts) {
    super(opts)

    if (!opts) opts = {}

    this._buffer = new BufferList()
    this._offset = 0
    this._header = null
    this._stream = null
    this._missing = 0
    this._longHeader = false
    this._callback = noop
    this._locked = false
    this._finished = false
    this._pax = null
    this._paxGlobal = null
    this._gnuLongPath = null
    this._gnuLongLinkPath = null
    this._filenameEncoding = opts.filenameEncoding || 'utf-8'
    this._allowUnknownFormat = !!opts.allowUnknownFormat
    this._unlockBound = this._unlock.bind(this)
  }

  _unlock (err) {
    this._locked = false

    if (err) {
      this.destroy(err)
      this._continueWrite(err)
      return
    }

    this._update()
  }

  _consumeHeader () {
    if (this._locked) return false

    this._offset = this._buffer.shifted

    try {
      this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    if (!this._header) return true

    this._header.byteOffset = this._buffer.shifted

    switch (this._header.type) {
      case 'gnu-long-path':
      case 'gnu-long-link-path':
      case 'pax-global-header':
      case 'pax-header':
        this._longHeader = true
        this._missing = this._header.size
        if (this._missing > MAX_HEADER_SIZE) {
          this._continueWrite(new Error('Header exceeds max size'))
          return false
        }
        return true
    }

    this._locked = true
    this._applyLongHeaders()

    if (!(this._header.size >= 0)) {
      this._continueWrite(new Error('Invalid header'))
      return false
    }

    if (this._header.size === 0 || this._header.type === 'directory') {
      this.emit('entry', this._header, this._createStream(), this._unlockBound)
      return true
    }

    this._stream = this._createStream()
    this._missing = this._header.size

    this.emit('entry', this._header, this._stream, this._unlockBound)
    return true
  }

  _applyLongHeaders () {
    if (this._gnuLongPath) {
      this._header.name = this._gnuLongPath
      this._gnuLongPath = null
    }

    if (this._gnuLongLinkPath) {
      this._header.linkname = this._gnuLongLinkPath
      this._gnuLongLinkPath = null
    }

    if (this._pax) {
      if (this._pax.path) this._header.name = this._pax.path
      if (this._pax.linkpath) this._header.linkname = this._pax.linkpath
      if (this._pax.size) this._header.size = parseInt(this._pax.size, 10)
      this._header.pax = this._pax
      this._pax = null
    }
  }

  _decodeLongHeader (buf) {
    switch (this._header.type) {
      case 'gnu-long-path':
        this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'gnu-long-link-path':
        this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'pax-global-header':
        this._paxGlobal = headers.decodePax(buf)
        break
      case 'pax-header':
        this._pax = this._paxGlobal === null
          ? headers.decodePax(buf)
          : Object.assign({}, this._paxGlobal, headers.decodePax(buf))
        break
    }
  }

  _consumeLongHeader () {
    this._longHeader = false
    this._missing = overflow(this._header.size)

    const buf = this._buffer.shift(this._header.size)

    try {
      this._decodeLongHeader(buf)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    return true
  }

  _consumeStream () {
    const buf = this._buffer.shiftFirst(this._missing)
    if (buf === null) return false

    this._missing -= buf.byteLength
    const drained = this._stream.push(buf)

    if (this._missing === 0) {
      this._stream.push(null)
      if (drained) this._stream._detach()
      return drained && this._locked === false
    }

    return drained
  }

  _createStream () {
    return new Source(this, this._header, this._offset)
  }

  _update () {
    while (this._buffer.buffered > 0 && !this.destroying) {
      if (this._missing > 0) {
        if (this._stream !== null) {
          if (this._consumeStream() === false) return
          continue
        }

        if (this._longHeader === true) {
          if (this._missing > this._buffer.buffered) break
          if (this._consumeLongHeader() === false) return false
          continue
        }

        const ignore = this._buffer.shiftFirst(this._missing)
        if (ignore !== null) this._missing -= ignore.byteLength
        continue
      }

      if (this._buffer.buffered < 512) break
      if (this._stream !== null || this._consumeHeader() === false) return
    }

    this._continueWrite(null)
  }

  _continueWrite (err) {
    const cb = this._callback
    this._callback = noop
    cb(err)
  }

  _write (data, cb) {
    this._callback = cb
    this._buffer.push(data)
    this._update()
  }

  _final (cb) {
    this._finished = this._missing === 0 && this._buffer.buffered === 0
    cb(this._finished ? null : new Error('Unexpected end of data'))
  }

  _predestroy () {
    this._continueWrite(null)
  }

  _destroy (cb) {
    if (this._stream) this._stream.destroy(getStreamError(this))
    cb(null)
  }

  [Symbol.asyncIterator] () {
    let error = null

    let promiseResolve = null
    let promiseReject = null

    let entryStream = null
    let entryCallback = null

    const extract = this

    this.on('entry', onentry)
    this.on('error', (err) => { error = err })
    this.on('close', onclose)

    return {
      [Symbol.asyncIterator] () {
        return this
      },
      next () {
        return new Promise(onnext)
      },
      return () {
        return destroy(null)
      },
      throw (err) {
        return destroy(err)
      }
    }

    function consumeCallback (err) {
      if (!entryCallback) return
      const cb = entryCallback
      entryCallback = null
      cb(err)
    }

    function onnext (resolve, reject) {
      if (error) {
        return reject(error)
      }

      if (entryStream) {
        resolve({ value: entryStream, done: false })
        entryStream = null
        return
      }

      promiseResolve = resolve
      promiseReject = reject

      consumeCallback(null)

      if (extract._finished && promiseResolve) {
        promiseResolve({ value: undefined, done: true })
        promiseResolve = promiseReject = null
      }
    }

    function onentry (header, stream, callback) {
      entryCallback = callback
      stream.on('error', noop) // no way around this due to tick sillyness

      if (promiseResolve) {
        promiseResolve({ value: stream, done: false })
        promiseResolve = promiseReject = null
      } else {
        entryStream = stream
      }
    }

    function onclose () {
      consumeCallback(error)
      if (!promiseResolve) return
      if (error) promiseReject(error)
      else promiseResolve({ value: undefined, done: true })
      promiseResolve = promiseReject = null
    }

    function destroy (err) {
      extract.destroy(err)
      consumeCallback(err)
      return new Promise((resolve, reject) => {
        if (extract.destroyed) return resolve({ value: undefined, done: true })
        extract.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

module.exports = function extract (opts) {
  return new Extract(opts)
}

function noop () {}

function overflow (size) {
  size &= 511
  return size && 512 - size
}


/***/ }),

/***/ 8428:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3057)

const ZEROS = '0000000000000000000'
const SEVENS = '7777777777777777777'
const ZERO_OFFSET = '0'.charCodeAt(0)
const USTAR_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x00]) // ustar\x00
const USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET])
const GNU_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x20]) // ustar\x20
const GNU_VER = b4a.from([0x20, 0x00])
const MASK = 0o7777
const MAGIC_OFFSET = 257
const VERSION_OFFSET = 263

exports.decodeLongPath = function decodeLongPath (buf, encoding) {
  return decodeStr(buf, 0, buf.length, encoding)
}

exports.encodePax = function encodePax (opts) { // TODO: encode more stuff in pax
  let result = ''
  if (opts.name) result += addLength(' path=' + opts.name + '\n')
  if (opts.linkname) result += addLength(' linkpath=' + opts.linkname + '\n')
  const pax = opts.pax
  if (pax) {
    for (const key in pax) {
      result += addLength(' ' + key + '=' + pax[key] + '\n')
    }
  }
  return b4a.from(result)
}

exports.decodePax = function decodePax (buf) {
  const result = {}

  while (buf.length) {
    let i = 0
    while (i < buf.length && buf[i] !== 32) i++
    const len = parseInt(b4a.toString(buf.subarray(0, i)), 10)
    if (!len) return result

    const b = b4a.toString(buf.subarray(i + 1, len - 1))
    const keyIndex = b.indexOf('=')
    if (keyIndex === -1) return result
    result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1)

    buf = buf.subarray(len)
  }

  return result
}

exports.encode = function encode (opts) {
  const buf = b4a.alloc(512)
  let name = opts.name
  let prefix = ''

  if (opts.typeflag === 5 && name[name.length - 1] !== '/') name += '/'
  if (b4a.byteLength(name) !== name.length) return null // utf-8

  while (b4a.byteLength(name) > 100) {
    const i = name.indexOf('/')
    if (i === -1) return null
    prefix += prefix ? '/' + name.slice(0, i) : name.slice(0, i)
    name = name.slice(i + 1)
  }

  if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null
  if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null

  b4a.write(buf, name)
  b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100)
  b4a.write(buf, encodeOct(opts.uid, 6), 108)
  b4a.write(buf, encodeOct(opts.gid, 6), 116)
  encodeSize(opts.size, buf, 124)
  b4a.write(buf, encodeOct((opts.mtime.getTime() / 1000) | 0, 11), 136)

  buf[156] = ZERO_OFFSET + toTypeflag(opts.type)

  if (opts.linkname) b4a.write(buf, opts.linkname, 157)

  b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET)
  b4a.copy(USTAR_VER, buf, VERSION_OFFSET)
  if (opts.uname) b4a.write(buf, opts.uname, 265)
  if (opts.gname) b4a.write(buf, opts.gname, 297)
  b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329)
  b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337)

  if (prefix) b4a.write(buf, prefix, 345)

  b4a.write(buf, encodeOct(cksum(buf), 6), 148)

  return buf
}

exports.decode = function decode (buf, filenameEncoding, allowUnknownFormat) {
  let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET

  let name = decodeStr(buf, 0, 100, filenameEncoding)
  const mode = decodeOct(buf, 100, 8)
  const uid = decodeOct(buf, 108, 8)
  const gid = decodeOct(buf, 116, 8)
  const size = decodeOct(buf, 124, 12)
  const mtime = decodeOct(buf, 136, 12)
  const type = toType(typeflag)
  const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding)
  const uname = decodeStr(buf, 265, 32)
  const gname = decodeStr(buf, 297, 32)
  const devmajor = decodeOct(buf, 329, 8)
  const devminor = decodeOct(buf, 337, 8)

  const c = cksum(buf)

  // checksum is still initial value if header was null.
  if (c === 8 * 32) return null

  // valid checksum
  if (c !== decodeOct(buf, 148, 8)) throw new Error('Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?')

  if (isUSTAR(buf)) {
    // ustar (posix) format.
    // prepend prefix, if present.
    if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + '/' + name
  } else if (isGNU(buf)) {
    // 'gnu'/'oldgnu' format. Similar to ustar, but has support for incremental and
    // multi-volume tarballs.
  } else {
    if (!allowUnknownFormat) {
      throw new Error('Invalid tar header: unknown format.')
    }
  }

  // to support old tar versions that use trailing / to indicate dirs
  if (typeflag === 0 && name && name[name.length - 1] === '/') typeflag = 5

  return {
    name,
    mode,
    uid,
    gid,
    size,
    byteOffset: 0,
    mtime: new Date(1000 * mtime),
    type,
    linkname,
    uname,
    gname,
    devmajor,
    devminor,
    pax: null
  }
}

function isUSTAR (buf) {
  return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6))
}

function isGNU (buf) {
  return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) &&
    b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2))
}

function clamp (index, len, defaultValue) {
  if (typeof index !== 'number') return defaultValue
  index = ~~index // Coerce to integer.
  if (index >= len) return len
  if (index >= 0) return index
  index += len
  if (index >= 0) return index
  return 0
}

function toType (flag) {
  switch (flag) {
    case 0:
      return 'file'
    case 1:
      return 'link'
    case 2:
      return 'symlink'
    case 3:
      return 'character-device'
    case 4:
      return 'block-device'
    case 5:
      return 'directory'
    case 6:
      return 'fifo'
    case 7:
      return 'contiguous-file'
    case 72:
      return 'pax-header'
    case 55:
      return 'pax-global-header'
    case 27:
      return 'gnu-long-link-path'
    case 28:
    case 30:
      return 'gnu-long-path'
  }

  return null
}

function toTypeflag (flag) {
  switch (flag) {
    case 'file':
      return 0
    case 'link':
      return 1
    case 'symlink':
      return 2
    case 'character-device':
      return 3
    case 'block-device':
      return 4
    case 'directory':
      return 5
    case 'fifo':
      return 6
    case 'contiguous-file':
      return 7
    case 'pax-header':
      return 72
  }

  return 0
}

function indexOf (block, num, offset, end) {
  for (; offset < end; offset++) {
    if (block[offset] === num) return offset
  }
  return end
}

function cksum (block) {
  let sum = 8 * 32
  for (let i = 0; i < 148; i++) sum += block[i]
  for (let j = 156; j < 512; j++) sum += block[j]
  return sum
}

function encodeOct (val, n) {
  val = val.toString(8)
  if (val.length > n) return SEVENS.slice(0, n) + ' '
  return ZEROS.slice(0, n - val.length) + val + ' '
}

function encodeSizeBin (num, buf, off) {
  buf[off] = 0x80
  for (let i = 11; i > 0; i--) {
    buf[off + i] = num & 0xff
    num = Math.floor(num / 0x100)
  }
}

function encodeSize (num, buf, off) {
  if (num.toString(8).length > 11) {
    encodeSizeBin(num, buf, off)
  } else {
    b4a.write(buf, encodeOct(num, 11), off)
  }
}

/* Copied from the node-tar repo and modified to meet
 * tar-stream coding standard.
 *
 * Source: https://github.com/npm/node-tar/blob/51b6627a1f357d2eb433e7378e5f05e83b7aa6cd/lib/header.js#L349
 */
function parse256 (buf) {
  // first byte MUST be either 80 or FF
  // 80 for positive, FF for 2's comp
  let positive
  if (buf[0] === 0x80) positive = true
  else if (buf[0] === 0xFF) positive = false
  else return null

  // build up a base-256 tuple from the least sig to the highest
  const tuple = []
  let i
  for (i = buf.length - 1; i > 0; i--) {
    const byte = buf[i]
    if (positive) tuple.push(byte)
    else tuple.push(0xFF - byte)
  }

  let sum = 0
  const l = tuple.length
  for (i = 0; i < l; i++) {
    sum += tuple[i] * Math.pow(256, i)
  }

  return positive ? sum : -1 * sum
}

function decodeOct (val, offset, length) {
  val = val.subarray(offset, offset + length)
  offset = 0

  // If prefixed with 0x80 then parse as a base-256 integer
  if (val[offset] & 0x80) {
    return parse256(val)
  } else {
    // Older versions of tar can prefix with spaces
    while (offset < val.length && val[offset] === 32) offset++
    const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length)
    while (offset < end && val[offset] === 0) offset++
    if (end === offset) return 0
    return parseInt(b4a.toString(val.subarray(offset, end)), 8)
  }
}

function decodeStr (val, offset, length, encoding) {
  return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding)
}

function addLength (str) {
  const len = b4a.byteLength(str)
  let digits = Math.floor(Math.log(len) / Math.log(10)) + 1
  if (len + digits >= Math.pow(10, digits)) digits++

  return (len + digits) + str
}


/***/ }),

/***/ 6118:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/* unused reexport */ __nccwpck_require__(5763)
exports.pack = __nccwpck_require__(861)


/***/ }),

/***/ 861:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Readable, Writable, getStreamError } = __nccwpck_require__(6204)
const b4a = __nccwpck_require__(3057)

const constants = __nccwpck_require__(775)
const headers = __nccwpck_require__(8428)

const DMODE = 0o755
const FMODE = 0o644

const END_OF_TAR = b4a.alloc(1024)

class Sink extends Writable {
  constructor (pack, header, callback) {
    super({ mapWritable, eagerOpen: true })

    this.written = 0
    this.header = header

    this._callback = callback
    this._linkname = null
    this._isLinkname = header.type === 'symlink' && !header.linkname
    this._isVoid = header.type !== 'file' && header.type !== 'contiguous-file'
    this._finished = false
    this._pack = pack
    this._openCallback = null

    if (this._pack._stream === null) this._pack._stream = this
    else this._pack._pending.push(this)
  }

  _open (cb) {
    this._openCallback = cb
    if (this._pack._stream === this) this._continueOpen()
  }

  _continuePack (err) {
    if (this._callback === null) return

    const callback = this._callback
    this._callback = null

    callback(err)
  }

  _continueOpen () {
    if (this._pack._stream === null) this._pack._stream = this

    const cb = this._openCallback
    this._openCallback = null
    if (cb === null) return

    if (this._pack.destroying) return cb(new Error('pack stream destroyed'))
    if (this._pack._finalized) return cb(new Error('pack stream is already finalized'))

    this._pack._stream = this

    if (!this._isLinkname) {
      this._pack._encode(this.header)
    }

    if (this._isVoid) {
      this._finish()
      this._continuePack(null)
    }

    cb(null)
  }

  _write (data, cb) {
    if (this._isLinkname) {
      this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data
      return cb(null)
    }

    if (this._isVoid) {
      if (data.byteLength > 0) {
        return cb(new Error('No body allowed for this entry'))
      }
      return cb()
    }

    this.written += data.byteLength
    if (this._pack.push(data)) return cb()
    this._pack._drain = cb
  }

  _finish () {
    if (this._finished) return
    this._finished = true

    if (this._isLinkname) {
      this.header.linkname = this._linkname ? b4a.toString(this._linkname, 'utf-8') : ''
      this._pack._encode(this.header)
    }

    overflow(this._pack, this.header.size)

    this._pack._done(this)
  }

  _final (cb) {
    if (this.written !== this.header.size) { // corrupting tar
      return cb(new Error('Size mismatch'))
    }

    this._finish()
    cb(null)
  }

  _getError () {
    return getStreamError(this) || new Error('tar entry destroyed')
  }

  _predestroy () {
    this._pack.destroy(this._getError())
  }

  _destroy (cb) {
    this._pack._done(this)

    this._continuePack(this._finished ? null : this._getError())

    cb()
  }
}

class Pack extends Readable {
  constructor (opts) {
    super(opts)
    this._drain = noop
    this._finalized = false
    this._finalizing = false
    this._pending = []
    this._stream = null
  }

  entry (header, buffer, callback) {
    if (this._finalized || this.destroying) throw new Error('already finalized or destroyed')

    if (typeof buffer === 'function') {
      callback = buffer
      buffer = null
    }

    if (!callback) callback = noop

    if (!header.size || header.type === 'symlink') header.size = 0
    if (!header.type) header.type = modeToType(header.mode)
    if (!header.mode) header.mode = header.type === 'directory' ? DMODE : FMODE
    if (!header.uid) header.uid = 0
    if (!header.gid) header.gid = 0
    if (!header.mtime) header.mtime = new Date()

    if (typeof buffer === 'string') buffer = b4a.from(buffer)

    const sink = new Sink(this, header, callback)

    if (b4a.isBuffer(buffer)) {
      header.size = buffer.byteLength
      sink.write(buffer)
      sink.end()
      return sink
    }

    if (sink._isVoid) {
      return sink
    }

    return sink
  }

  finalize () {
    if (this._stream || this._pending.length > 0) {
      this._finalizing = true
      return
    }

    if (this._finalized) return
    this._finalized = true

    this.push(END_OF_TAR)
    this.push(null)
  }

  _done (stream) {
    if (stream !== this._stream) return

    this._stream = null

    if (this._finalizing) this.finalize()
    if (this._pending.length) this._pending.shift()._continueOpen()
  }

  _encode (header) {
    if (!header.pax) {
      const buf = headers.encode(header)
      if (buf) {
        this.push(buf)
        return
      }
    }
    this._encodePax(header)
  }

  _encodePax (header) {
    const paxHeader = headers.encodePax({
      name: header.name,
      linkname: header.linkname,
      pax: header.pax
    })

    const newHeader = {
      name: 'PaxHeader',
      mode: header.mode,
      uid: header.uid,
      gid: header.gid,
      size: paxHeader.byteLength,
      mtime: header.mtime,
      type: 'pax-header',
      linkname: header.linkname && 'PaxHeader',
      uname: header.uname,
      gname: header.gname,
      devmajor: header.devmajor,
      devminor: header.devminor
    }

    this.push(headers.encode(newHeader))
    this.push(paxHeader)
    overflow(this, paxHeader.byteLength)

    newHeader.size = header.size
    newHeader.type = header.type
    this.push(headers.encode(newHeader))
  }

  _doDrain () {
    const drain = this._drain
    this._drain = noop
    drain()
  }

  _predestroy () {
    const err = getStreamError(this)

    if (this._stream) this._stream.destroy(err)

    while (this._pending.length) {
      const stream = this._pending.shift()
      stream.destroy(err)
      stream._continueOpen()
    }

    this._doDrain()
  }

  _read (cb) {
    this._doDrain()
    cb()
  }
}

module.exports = function pack (opts) {
  return new Pack(opts)
}

function modeToType (mode) {
  switch (mode & constants.S_IFMT) {
    case constants.S_IFBLK: return 'block-device'
    case constants.S_IFCHR: return 'character-device'
    case constants.S_IFDIR: return 'directory'
    case constants.S_IFIFO: return 'fifo'
    case constants.S_IFLNK: return 'symlink'
  }

  return 'file'
}

function noop () {}

function overflow (self, size) {
  size &= 511
  if (size) self.push(END_OF_TAR.subarray(0, 512 - size))
}

function mapWritable (buf) {
  return b4a.isBuffer(buf) ? buf : b4a.from(buf)
}


/***/ }),

/***/ 7934:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const PassThroughDecoder = __nccwpck_require__(7256)
const UTF8Decoder = __nccwpck_require__(6414)

module.exports = class TextDecoder {
  constructor(encoding = 'utf8') {
    this.encoding = normalizeEncoding(encoding)

    switch (this.encoding) {
      case 'utf8':
        this.decoder = new UTF8Decoder()
        break
      case 'utf16le':
      case 'base64':
        throw new Error('Unsupported encoding: ' + this.encoding)
      default:
        this.decoder = new PassThroughDecoder(this.encoding)
    }
  }

  get remaining() {
    return this.decoder.remaining
  }

  push(data) {
    if (typeof data === 'string') return data
    return this.decoder.decode(data)
  }

  // For Node.js compatibility
  write(data) {
    return this.push(data)
  }

  end(data) {
    let result = ''
    if (data) result = this.push(data)
    result += this.decoder.flush()
    return result
  }
}

function normalizeEncoding(encoding) {
  encoding = encoding.toLowerCase()

  switch (encoding) {
    case 'utf8':
    case 'utf-8':
      return 'utf8'
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le'
    case 'latin1':
    case 'binary':
      return 'latin1'
    case 'base64':
    case 'ascii':
    case 'hex':
      return encoding
    default:
      throw new Error('Unknown encoding: ' + encoding)
  }
}


/***/ }),

/***/ 7256:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3057)

module.exports = class PassThroughDecoder {
  constructor(encoding) {
    this.encoding = encoding
  }

  get remaining() {
    return 0
  }

  decode(data) {
    return b4a.toString(data, this.encoding)
  }

  flush() {
    return ''
  }
}


/***/ }),

/***/ 6414:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3057)

/**
 * https://encoding.spec.whatwg.org/#utf-8-decoder
 */
module.exports = class UTF8Decoder {
  constructor() {
    this._reset()
  }

  get remaining() {
    return this.bytesSeen
  }

  decode(data) {
    if (data.byteLength === 0) return ''

    if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
      this.bytesSeen = trailingBytesSeen(data)
      return b4a.toString(data, 'utf8')
    }

    let result = ''
    let start = 0

    if (this.bytesNeeded > 0) {
      while (start < data.byteLength) {
        const byte = data[start]

        if (byte < this.lowerBoundary || byte > this.upperBoundary) {
          result += '\ufffd'
          this._reset()
          break
        }

        this.lowerBoundary = 0x80
        this.upperBoundary = 0xbf
        this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
        this.bytesSeen++
        start++

        if (this.bytesSeen === this.bytesNeeded) {
          result += String.fromCodePoint(this.codePoint)
          this._reset()
          break
        }
      }

      if (this.bytesNeeded > 0) return result
    }

    const trailing = trailingIncomplete(data, start)
    const end = data.byteLength - trailing

    if (end > start) result += b4a.toString(data, 'utf8', start, end)

    for (let i = end; i < data.byteLength; i++) {
      const byte = data[i]

      if (this.bytesNeeded === 0) {
        if (byte <= 0x7f) {
          this.bytesSeen = 0
          result += String.fromCharCode(byte)
        } else if (byte >= 0xc2 && byte <= 0xdf) {
          this.bytesNeeded = 2
          this.bytesSeen = 1
          this.codePoint = byte & 0x1f
        } else if (byte >= 0xe0 && byte <= 0xef) {
          if (byte === 0xe0) this.lowerBoundary = 0xa0
          else if (byte === 0xed) this.upperBoundary = 0x9f
          this.bytesNeeded = 3
          this.bytesSeen = 1
          this.codePoint = byte & 0xf
        } else if (byte >= 0xf0 && byte <= 0xf4) {
          if (byte === 0xf0) this.lowerBoundary = 0x90
          else if (byte === 0xf4) this.upperBoundary = 0x8f
          this.bytesNeeded = 4
          this.bytesSeen = 1
          this.codePoint = byte & 0x7
        } else {
          this.bytesSeen = 1
          result += '\ufffd'
        }

        continue
      }

      if (byte < this.lowerBoundary || byte > this.upperBoundary) {
        result += '\ufffd'
        i--
        this._reset()

        continue
      }

      this.lowerBoundary = 0x80
      this.upperBoundary = 0xbf

      this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
      this.bytesSeen++

      if (this.bytesSeen === this.bytesNeeded) {
        result += String.fromCodePoint(this.codePoint)
        this._reset()
      }
    }

    return result
  }

  flush() {
    const result = this.bytesNeeded > 0 ? '\ufffd' : ''
    this._reset()
    return result
  }

  _reset() {
    this.codePoint = 0
    this.bytesNeeded = 0
    this.bytesSeen = 0
    this.lowerBoundary = 0x80
    this.upperBoundary = 0xbf
  }
}

function trailingIncomplete(data, start) {
  const len = data.byteLength
  if (len <= start) return 0

  const limit = Math.max(start, len - 4)

  let i = len - 1
  while (i > limit && (data[i] & 0xc0) === 0x80) i--

  if (i < start) return 0

  const byte = data[i]

  let needed
  if (byte <= 0x7f) return 0
  if (byte >= 0xc2 && byte <= 0xdf) needed = 2
  else if (byte >= 0xe0 && byte <= 0xef) needed = 3
  else if (byte >= 0xf0 && byte <= 0xf4) needed = 4
  else return 0

  const available = len - i
  return available < needed ? available : 0
}

function trailingBytesSeen(data) {
  const len = data.byteLength
  if (len === 0) return 0

  const last = data[len - 1]

  if (last <= 0x7f) return 0
  if ((last & 0xc0) !== 0x80) return 1

  const limit = Math.max(0, len - 4)

  let i = len - 2
  while (i >= limit && (data[i] & 0xc0) === 0x80) i--

  if (i < 0) return 1

  const first = data[i]

  let needed
  if (first >= 0xc2 && first <= 0xdf) needed = 2
  else if (first >= 0xe0 && first <= 0xef) needed = 3
  else if (first >= 0xf0 && first <= 0xf4) needed = 4
  else return 1

  if (len - i !== needed) return 1

  if (needed >= 3) {
    const second = data[i + 1]
    if (first === 0xe0 && second < 0xa0) return 1
    if (first === 0xed && second > 0x9f) return 1
    if (first === 0xf0 && second < 0x90) return 1
    if (first === 0xf4 && second > 0x8f) return 1
  }

  return 0
}


/***/ }),

/***/ 7117:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ buildModelPackArtifact)
/* harmony export */ });
/* harmony import */ var _mlops_actions_oci__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5900);

/** format: modelpack — the model as a CNCF ModelPack OCI artifact, one raw layer per file. */
async function buildModelPackArtifact(inputs, plan) {
    const files = await (0,_mlops_actions_oci__WEBPACK_IMPORTED_MODULE_0__/* .hashModelFiles */ .JK)((0,_mlops_actions_oci__WEBPACK_IMPORTED_MODULE_0__/* .listModelFiles */ .J8)(inputs.model));
    const detection = inputs.framework === "auto"
        ? (0,_mlops_actions_oci__WEBPACK_IMPORTED_MODULE_0__/* .detectFramework */ .yl)(files)
        : { framework: inputs.framework, uri: (0,_mlops_actions_oci__WEBPACK_IMPORTED_MODULE_0__/* .modelUriFor */ .Jb)(inputs.framework, files) };
    const modelDigest = (0,_mlops_actions_oci__WEBPACK_IMPORTED_MODULE_0__/* .listingDigest */ .pL)(files);
    const labels = plan.labels({ framework: detection.framework, modelDigest });
    const pack = (0,_mlops_actions_oci__WEBPACK_IMPORTED_MODULE_0__/* .buildModelPack */ .jF)({
        files,
        framework: detection.framework,
        weights: [detection.uri],
        name: plan.modelName,
        created: plan.created,
        ...(plan.tags[0] ? { version: plan.tags[0] } : {}),
        ...(plan.facts.revision ? { revision: plan.facts.revision } : {}),
        ...(plan.facts.sourceUrl ? { sourceUrl: plan.facts.sourceUrl } : {}),
        ...(plan.facts.licenses ? { licenses: [plan.facts.licenses] } : {}),
        annotations: labels,
    });
    const client = new _mlops_actions_oci__WEBPACK_IMPORTED_MODULE_0__/* .RegistryClient */ .bP({
        registry: inputs.target.registry,
        insecure: inputs.insecure,
        credentials: inputs.credentials,
    });
    const blobs = inputs.push
        ? await (0,_mlops_actions_oci__WEBPACK_IMPORTED_MODULE_0__/* .pushModelPack */ .fI)(client, inputs.target.repository, pack, plan.tags)
        : pack.blobs.map(({ source, kind }) => ({
            digest: source.digest,
            size: source.size,
            kind,
            result: "not-pushed",
        }));
    return {
        digest: pack.digest,
        mediaType: "application/vnd.oci.image.manifest.v1+json",
        tags: inputs.push ? plan.tags : [],
        model: {
            name: plan.modelName,
            framework: detection.framework,
            uri: detection.uri,
            sha256: modelDigest,
            files: files.length,
            generatedSettings: false,
        },
        platforms: [],
        blobs,
        labels,
    };
}


/***/ }),

/***/ 188:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  c: () => (/* binding */ buildServingImage)
});

// EXTERNAL MODULE: ./packages/kit/src/index.ts + 14 modules
var src = __nccwpck_require__(4456);
// EXTERNAL MODULE: ./packages/oci/src/index.ts + 25 modules
var oci_src = __nccwpck_require__(5900);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./actions/build-model-image/src/container-runtime.ts




const exec = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** The first executable file called `name` in the PATH's folders. */
function findOnPath(name, path) {
    for (const dir of (path ?? "").split(external_node_path_.delimiter)) {
        if (!dir)
            continue;
        const candidate = (0,external_node_path_.join)(dir, name);
        try {
            if (!(0,external_node_fs_.statSync)(candidate).isFile())
                continue;
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
            return candidate;
        }
        catch { }
    }
    return undefined;
}
/**
 * The container runtime to smoke-test with: `auto` tries podman first (daemonless, as the build is),
 * then docker; a runtime counts only if it answers (`podman version`, and for docker its daemon too).
 * Without one, the reason says what was looked for and what was missing.
 */
async function findContainerRuntime(choice, env = process.env) {
    const names = choice === "auto" ? ["podman", "docker"] : [choice];
    const problems = [];
    for (const name of names) {
        const path = findOnPath(name, env.PATH);
        if (!path) {
            problems.push(`${name} is not on PATH`);
            continue;
        }
        const problem = await checkRuntime(name, path, env);
        if (!problem)
            return { found: { name, path } };
        problems.push(problem);
    }
    return { reason: problems.join("; ") };
}
/** Undefined when the runtime answers; else what went wrong, in one line. */
async function checkRuntime(name, path, env) {
    // docker's Server part needs the daemon: without one `docker version` fails, which is the point.
    const format = name === "docker" ? "{{.Server.Version}}" : "{{.Client.Version}}";
    try {
        await exec(path, ["version", "--format", format], { env, timeout: 20_000 });
        return undefined;
    }
    catch (error) {
        const stderr = String(error.stderr ?? "").trim();
        const firstLine = stderr.split("\n").find((line) => line.trim()) ?? error.message;
        return `${path} does not answer (${firstLine.trim()})`;
    }
}

;// CONCATENATED MODULE: ./actions/build-model-image/src/smoke-compare.ts
/**
 * Compares the model's answer with `smoke-expect`, which is a JSON subset of the answer: every key of an
 * expected object must be in the answer (keys it does not name are ignored, like `id` or `parameters`),
 * arrays must have the same length and match element by element, numbers match within `tolerance`
 * relative to the expected value (absolute below 1), strings, booleans and null must be equal.
 * Returns one line per mismatch, each starting with its JSON path; none means the answer matches.
 */
function compareWithExpected(expected, actual, tolerance) {
    const mismatches = [];
    walk(expected, actual, "$", tolerance, mismatches);
    return mismatches;
}
function walk(expected, actual, path, tolerance, out) {
    if (typeof expected === "number") {
        if (typeof actual !== "number")
            out.push(`${path}: expected ${show(expected)}, got ${show(actual)}`);
        else if (Math.abs(actual - expected) > tolerance * Math.max(1, Math.abs(expected)))
            out.push(`${path}: expected ${show(expected)} (±${tolerance}), got ${show(actual)}`);
        return;
    }
    if (Array.isArray(expected)) {
        if (!Array.isArray(actual)) {
            out.push(`${path}: expected an array of ${expected.length}, got ${show(actual)}`);
            return;
        }
        if (actual.length !== expected.length) {
            out.push(`${path}: expected ${expected.length} items, got ${actual.length}`);
            return;
        }
        expected.forEach((item, index) => {
            walk(item, actual[index], `${path}[${index}]`, tolerance, out);
        });
        return;
    }
    if (expected !== null && typeof expected === "object") {
        if (actual === null || typeof actual !== "object" || Array.isArray(actual)) {
            out.push(`${path}: expected an object, got ${show(actual)}`);
            return;
        }
        for (const [key, value] of Object.entries(expected)) {
            const child = /^[A-Za-z_][A-Za-z0-9_]*$/.test(key)
                ? `${path}.${key}`
                : `${path}[${JSON.stringify(key)}]`;
            if (!Object.hasOwn(actual, key))
                out.push(`${child}: missing from the answer`);
            else
                walk(value, actual[key], child, tolerance, out);
        }
        return;
    }
    if (expected !== actual)
        out.push(`${path}: expected ${show(expected)}, got ${show(actual)}`);
}
function show(value) {
    if (value === undefined)
        return "nothing";
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

;// CONCATENATED MODULE: ./actions/build-model-image/src/smoke-container.ts


const smoke_container_exec = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** The runtime's commands the smoke test needs, each run with an argument array (no shell). */
class ContainerCommands {
    runtime;
    constructor(runtime) {
        this.runtime = runtime;
    }
    async run(args, timeoutMs = 600_000) {
        try {
            const { stdout } = await smoke_container_exec(this.runtime.path, args, {
                encoding: "utf8",
                timeout: timeoutMs,
                maxBuffer: 16 * 1024 * 1024,
            });
            return stdout.trim();
        }
        catch (error) {
            const stderr = String(error.stderr ?? "").trim();
            throw new Error(`${this.runtime.name} ${args[0]} failed: ${stderr || error.message}`);
        }
    }
    /**
     * Loads an OCI archive into the runtime's image store; returns what to run it by: the image ID podman
     * prints, or the image docker says it loaded (`Loaded image ID: sha256:…` or `Loaded image: name:tag`;
     * with the containerd store, IDs are not config digests), else `fallback`.
     */
    async loadArchive(file, fallback) {
        if (this.runtime.name === "podman") {
            const id = (await this.run(["pull", "--quiet", `oci-archive:${file}`])).split("\n").pop()?.trim();
            return id || fallback;
        }
        const output = await this.run(["load", "--input", file]);
        const loaded = /Loaded image(?: ID)?: (\S+)/.exec(output);
        return loaded?.[1] ?? fallback;
    }
    /** Starts the image detached on the host's network; returns the container's id. */
    startDetached(image, name, env) {
        const envArgs = Object.entries(env).flatMap(([key, value]) => ["--env", `${key}=${value}`]);
        return this.run(["run", "--detach", "--network", "host", "--name", name, ...envArgs, image]);
    }
    async isRunning(container) {
        return (await this.run(["inspect", "--format", "{{.State.Running}}", container])) === "true";
    }
    /** The last lines the container wrote (stdout and stderr interleaved as the runtime kept them). */
    async logTail(container, lines) {
        try {
            const { stdout, stderr } = await smoke_container_exec(this.runtime.path, ["logs", "--tail", String(lines), container], {
                encoding: "utf8",
                timeout: 30_000,
                maxBuffer: 16 * 1024 * 1024,
            });
            return `${stdout}${stderr}`.trimEnd();
        }
        catch (error) {
            return `(no log: ${error.message})`;
        }
    }
    /**
     * Removes the container, then the image by the first of `names` the runtime accepts. Never `rmi
     * --force`: that would also remove other containers running the same image. Problems are returned,
     * not thrown (cleanup must go on).
     */
    async remove(container, names) {
        const problems = [];
        if (container)
            await this.run(["rm", "--force", container], 120_000).catch((e) => problems.push(e.message));
        let lastProblem;
        for (const name of new Set(names)) {
            try {
                await this.run(["rmi", name], 120_000);
                return problems;
            }
            catch (error) {
                lastProblem = error.message;
            }
        }
        return lastProblem ? [...problems, lastProblem] : problems;
    }
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __nccwpck_require__(8500);
;// CONCATENATED MODULE: ./actions/build-model-image/src/smoke-http.ts

/** How often the readiness endpoint is asked. */
const POLL_MS = 500;
/**
 * Polls each path in turn (MLServer's `/v2/health/ready`, then the model's own `ready`, since the server
 * can be ready with a model that failed to load) until it answers 200. Resolves with the path that never
 * did, when the deadline passed or `stillAlive` said the server is gone; undefined once all answered.
 * Refused connections are expected while the server starts.
 */
async function waitUntilReady(baseUrl, paths, deadline, stillAlive) {
    const waiting = [...paths];
    let polls = 0;
    while (waiting.length > 0) {
        if (Date.now() >= deadline)
            return waiting[0];
        try {
            const response = await fetch(`${baseUrl}${waiting[0]}`, { signal: AbortSignal.timeout(5_000) });
            await response.arrayBuffer();
            if (response.status === 200) {
                waiting.shift();
                continue;
            }
        }
        catch { }
        // Asking the runtime costs a process; every few polls is enough to notice a crash early.
        if (++polls % 4 === 0 && !(await stillAlive()))
            return waiting[0];
        await (0,promises_.setTimeout)(POLL_MS);
    }
    return undefined;
}
/** POSTs a V2 inference request to `/v2/models/<model>/infer`. */
async function infer(baseUrl, model, request, timeoutMs) {
    const response = await fetch(`${baseUrl}/v2/models/${encodeURIComponent(model)}/infer`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(request),
        signal: AbortSignal.timeout(Math.max(timeoutMs, 1_000)),
    });
    const text = await response.text();
    try {
        return { status: response.status, body: JSON.parse(text), isJson: true };
    }
    catch {
        return { status: response.status, body: text, isJson: false };
    }
}

;// CONCATENATED MODULE: ./actions/build-model-image/src/smoke-platform.ts

/** Node's process.arch in OCI's words (GOARCH). */
const OCI_ARCHITECTURES = {
    x64: "amd64",
    arm64: "arm64",
    arm: "arm",
    ia32: "386",
    ppc64: "ppc64le",
    s390x: "s390x",
    riscv64: "riscv64",
};
/** The platform this machine's container runtime runs natively, e.g. `linux/amd64`. */
function hostPlatform(arch = process.arch) {
    return `linux/${OCI_ARCHITECTURES[arch] ?? arch}`;
}
/** The manifest of `platform` (a base without platforms has one manifest, taken as it is). */
function manifestFor(manifests, platform) {
    if (manifests.length === 1 && !manifests[0]?.platform)
        return manifests[0];
    return manifests.find((m) => m.platform && (0,oci_src/* platformMatches */.J5)(m.platform, platform));
}
function platformsOf(manifests) {
    return manifests.map((m) => (m.platform ? (0,oci_src/* formatPlatform */.Bq)(m.platform) : "unknown")).join(", ");
}

;// CONCATENATED MODULE: ./actions/build-model-image/src/smoke-test.ts











const MAX_MISMATCHES = 20;
const LOG_TAIL_LINES = 100;
/**
 * Runs the built image (this machine's platform of it) before anything is pushed: loads it into podman
 * or docker from an OCI archive, starts it on the host's network with MLServer on free loopback ports,
 * waits for /v2/health/ready, sends the smoke request to the model and compares the answer with
 * smoke-expect. The container and the image are always removed.
 */
async function runSmokeTest(options) {
    const { smoke, log } = options;
    const lookup = await findContainerRuntime(smoke.runtime);
    if (!lookup.found) {
        if (smoke.runtime !== "auto")
            throw new src/* UserError */.yo(`container-runtime is ${smoke.runtime} but ${lookup.reason}`);
        return {
            status: "skipped",
            summary: `no container runtime to run it (${lookup.reason})`,
            mismatches: [],
        };
    }
    const platform = hostPlatform();
    const manifest = manifestFor(options.image.manifests, platform);
    if (!manifest) {
        return {
            status: "skipped",
            summary: `the image has no ${platform} platform to run on this machine (it has ${platformsOf(options.image.manifests)})`,
            mismatches: [],
        };
    }
    const runtime = new ContainerCommands(lookup.found);
    const refName = `localhost/mlops-actions-smoke:${manifest.digest.slice(7, 19)}`;
    let image = refName;
    const archive = (0,external_node_path_.join)(options.workDir, "smoke-image.oci.tar");
    const started = Date.now();
    const done = (status, summary, mismatches = []) => ({
        status,
        summary,
        runtime: lookup.found.name,
        platform,
        seconds: Math.round((Date.now() - started) / 100) / 10,
        mismatches: mismatches.slice(0, MAX_MISMATCHES),
    });
    let container;
    let loading = false;
    try {
        log(`smoke test: loading ${platform} of the image into ${lookup.found.name}`);
        await (0,oci_src/* writeOciArchive */.py)(manifest, archive, refName);
        loading = true;
        image = await runtime.loadArchive(archive, refName);
        (0,external_node_fs_.rmSync)(archive, { force: true });
        const [http, grpc, metrics] = await freePorts(3);
        const name = `mlops-actions-smoke-${(0,external_node_crypto_.randomBytes)(4).toString("hex")}`;
        container = await runtime.startDetached(image, name, {
            MLSERVER_HOST: "127.0.0.1",
            MLSERVER_HTTP_PORT: String(http),
            MLSERVER_GRPC_PORT: String(grpc),
            MLSERVER_METRICS_PORT: String(metrics),
        });
        const baseUrl = `http://127.0.0.1:${http}`;
        const deadline = Date.now() + smoke.timeoutMs;
        const modelPath = `/v2/models/${encodeURIComponent(options.modelName)}`;
        log(`smoke test: started ${name} (MLServer on ${baseUrl}), waiting for /v2/health/ready`);
        const notReady = await waitUntilReady(baseUrl, ["/v2/health/ready", `${modelPath}/ready`], deadline, () => runtime.isRunning(name));
        if (notReady) {
            const running = await runtime.isRunning(name).catch(() => false);
            await showLog(runtime, name, log);
            return done("fail", running
                ? `${notReady} did not answer 200 within ${smoke.timeoutMs / 1000} s (smoke-timeout)`
                : `the container stopped before ${notReady} answered 200`);
        }
        const answer = await infer(baseUrl, options.modelName, smoke.request, deadline - Date.now());
        if (answer.status !== 200) {
            await showLog(runtime, name, log);
            return done("fail", `POST /v2/models/${options.modelName}/infer answered ${answer.status}: ${snippet(answer.body)}`);
        }
        log(`smoke test: the model answered ${snippet(answer.body, 300)}`);
        if (smoke.expect === undefined) {
            const outputs = answer.body?.outputs;
            return Array.isArray(outputs)
                ? done("pass", `the model answered with ${outputs.length} output(s)`)
                : done("fail", `the answer has no outputs: ${snippet(answer.body)}`);
        }
        const mismatches = compareWithExpected(smoke.expect, answer.body, smoke.tolerance);
        if (mismatches.length > 0) {
            const more = mismatches.length > 1 ? ` (and ${mismatches.length - 1} more)` : "";
            return done("fail", `the answer does not match smoke-expect: ${mismatches[0]}${more}`, mismatches);
        }
        return done("pass", "the answer matches smoke-expect");
    }
    catch (error) {
        if (container)
            await showLog(runtime, container, log);
        return done("fail", `the image could not be run: ${error.message.split("\n")[0]}`);
    }
    finally {
        (0,external_node_fs_.rmSync)(archive, { force: true });
        if (loading)
            for (const problem of await runtime.remove(container, [refName, image]))
                log(`smoke test cleanup: ${problem}`);
    }
}
/** The container's log tail in a group; workflow commands are off meanwhile, so the log cannot issue any. */
async function showLog(runtime, container, log) {
    const tail = await runtime.logTail(container, LOG_TAIL_LINES);
    const token = (0,external_node_crypto_.randomBytes)(16).toString("hex");
    log(`::group::smoke test: the container's last ${LOG_TAIL_LINES} log lines`);
    log(`::stop-commands::${token}`);
    log(tail);
    log(`::${token}::`);
    log("::endgroup::");
}
function snippet(body, max = 200) {
    const text = typeof body === "string" ? body : JSON.stringify(body);
    const line = text.replace(/\s+/g, " ").trim();
    return line.length > max ? `${line.slice(0, max - 3)}...` : line;
}
/** Distinct free TCP ports on 127.0.0.1 (held together while picked, then released for MLServer). */
async function freePorts(count) {
    const servers = await Promise.all(Array.from({ length: count }, async () => {
        const server = (0,external_node_net_.createServer)();
        await new Promise((resolve, reject) => {
            server.once("error", reject);
            server.listen(0, "127.0.0.1", resolve);
        });
        return server;
    }));
    const ports = servers.map((server) => server.address().port);
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    return ports;
}

;// CONCATENATED MODULE: ./actions/build-model-image/src/build-serving-image.ts



/**
 * format: image — the model appended to every platform of the serving runtime image. With a smoke
 * request, the image is run and asked first: pushing starts only after it passed (or was skipped).
 */
async function buildServingImage(inputs, plan) {
    const model = await (0,oci_src/* buildModelLayers */.eB)({
        modelPath: inputs.model,
        framework: inputs.framework,
        modelName: plan.modelName,
        mtime: plan.epochSeconds,
        workDir: plan.workDir,
    });
    const targetClient = new oci_src/* RegistryClient */.bP({
        registry: inputs.target.registry,
        insecure: inputs.insecure,
        credentials: inputs.credentials,
    });
    const baseClient = inputs.base.registry === inputs.target.registry
        ? targetClient
        : new oci_src/* RegistryClient */.bP({
            registry: inputs.base.registry,
            insecure: (0,oci_src/* isLoopbackRegistry */.jW)(inputs.base.registry),
        });
    const baseName = `${inputs.base.registry}/${inputs.base.repository}${inputs.base.tag ? `:${inputs.base.tag}` : ""}`;
    const labels = plan.labels({ framework: model.framework, modelDigest: model.modelDigest });
    const options = {
        base: inputs.base,
        baseClient,
        target: inputs.target,
        targetClient,
        layers: model.layers,
        platforms: inputs.platforms,
        env: { MLSERVER_MODELS_DIR: `/${oci_src/* MODELS_DIR */.DQ}`, MLSERVER_MODEL_NAME: plan.modelName },
        defaultCmd: ["mlserver", "start", `/${oci_src/* MODELS_DIR */.DQ}`],
        exposedPorts: ["8080/tcp", "8081/tcp"],
        labels,
        annotations: { ...labels, "org.opencontainers.image.base.name": baseName },
        created: plan.created,
        tags: inputs.push ? plan.tags : [],
        push: inputs.push,
        workDir: plan.workDir,
        log: plan.log,
    };
    const image = await (0,oci_src/* planImage */.Fz)(options);
    let smoke;
    if (inputs.smoke) {
        smoke = await runSmokeTest({
            smoke: inputs.smoke,
            image,
            modelName: plan.modelName,
            workDir: plan.workDir,
            log: plan.log,
        });
        plan.log(`smoke test ${smoke.status}: ${smoke.summary}`);
        if (smoke.status === "skipped")
            (0,src/* annotate */.fz)({ level: "warning", message: `Smoke test skipped: ${smoke.summary}` });
    }
    const push = inputs.push && smoke?.status !== "fail";
    const result = await (0,oci_src/* pushImage */.GH)(image, { ...options, push, tags: push ? plan.tags : [] });
    return {
        digest: result.digest,
        mediaType: result.mediaType,
        tags: result.tags,
        model: {
            name: plan.modelName,
            framework: model.framework,
            uri: model.uri,
            sha256: model.modelDigest,
            files: model.fileCount,
            generatedSettings: model.generatedSettings,
        },
        base: { image: baseName, digest: result.baseDigest },
        platforms: result.platforms,
        blobs: result.blobs,
        labels,
        ...(smoke ? { smoke } : {}),
    };
}


/***/ }),

/***/ 9764:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  K: () => (/* binding */ readInputs)
});

// UNUSED EXPORTS: DEFAULT_BASE_IMAGE

// EXTERNAL MODULE: ./packages/kit/src/index.ts + 14 modules
var src = __nccwpck_require__(4456);
// EXTERNAL MODULE: ./packages/oci/src/index.ts + 25 modules
var oci_src = __nccwpck_require__(5900);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./actions/build-model-image/src/smoke-inputs.ts


const CONTAINER_RUNTIMES = ["auto", "podman", "docker"];
const DEFAULT_SMOKE_TIMEOUT_MS = 180_000;
const DEFAULT_SMOKE_TOLERANCE = 1e-6;
/** The smoke test's inputs, or undefined when no smoke-request is given (no smoke test). */
function readSmokeInputs(format) {
    const requestFile = (0,src/* getPathInput */.y2)("smoke-request", { kind: "file" });
    const expectFile = (0,src/* getPathInput */.y2)("smoke-expect", { kind: "file" });
    const runtime = (0,src/* getEnumInput */.iv)("container-runtime", { values: CONTAINER_RUNTIMES, default: "auto" });
    const timeoutMs = (0,src/* getDurationInput */.l0)("smoke-timeout", { default: DEFAULT_SMOKE_TIMEOUT_MS });
    const tolerance = (0,src/* getNumberInput */.i5)("smoke-tolerance", { min: 0, default: DEFAULT_SMOKE_TOLERANCE });
    if (!requestFile) {
        if (expectFile)
            throw (0,src/* invalidInput */.aY)("smoke-expect", (0,src/* workspaceRelative */.Uc)(expectFile), "it together with smoke-request, the request whose answer it checks");
        return undefined;
    }
    if (format === "modelpack") {
        throw (0,src/* invalidInput */.aY)("smoke-request", (0,src/* workspaceRelative */.Uc)(requestFile), "no smoke test with format: modelpack (an artifact, not a runnable image)");
    }
    const request = readJson("smoke-request", requestFile);
    if (request === null ||
        typeof request !== "object" ||
        !Array.isArray(request.inputs))
        throw (0,src/* invalidInput */.aY)("smoke-request", (0,src/* workspaceRelative */.Uc)(requestFile), 'a V2 inference request: a JSON object with an "inputs" array');
    return {
        request: request,
        requestFile,
        expect: expectFile ? readJson("smoke-expect", expectFile) : undefined,
        expectFile,
        timeoutMs,
        tolerance,
        runtime,
    };
}
function readJson(input, file) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, "utf8"));
    }
    catch (error) {
        throw (0,src/* invalidInput */.aY)(input, (0,src/* workspaceRelative */.Uc)(file), `a JSON file (${error.message})`);
    }
}

;// CONCATENATED MODULE: ./actions/build-model-image/src/inputs.ts



const DEFAULT_BASE_IMAGE = "docker.io/seldonio/mlserver:1.7.1";
function readInputs() {
    const model = (0,src/* getPathInput */.y2)("model", { required: true, kind: "any" });
    const framework = (0,src/* getEnumInput */.iv)("framework", { values: ["auto", ...oci_src/* FRAMEWORKS */.i], default: "auto" });
    const modelName = (0,src/* getStringInput */.gQ)("model-name");
    const base = reference("base-image", (0,src/* getStringInput */.gQ)("base-image", { default: DEFAULT_BASE_IMAGE }));
    const imageText = (0,src/* getStringInput */.gQ)("image", { required: true });
    const target = reference("image", imageText);
    if (target.tag || target.digest) {
        throw (0,src/* invalidInput */.aY)("image", imageText, "registry/repository without a tag or digest (use the tags input)");
    }
    const tags = (0,src/* getListInput */.DF)("tags", { commas: true });
    for (const tag of tags)
        if (!(0,oci_src/* isValidTag */.r_)(tag))
            throw (0,src/* invalidInput */.aY)("tags", tag, "tags of letters, digits, _ . - (at most 128, not starting with . or -)");
    const labels = {};
    for (const line of (0,src/* getListInput */.DF)("labels")) {
        const equals = line.indexOf("=");
        if (equals <= 0)
            throw (0,src/* invalidInput */.aY)("labels", line, "name=value, one a line");
        labels[line.slice(0, equals).trim()] = line.slice(equals + 1).trim();
    }
    const platforms = (0,src/* getListInput */.DF)("platforms", { commas: true });
    for (const platform of platforms) {
        if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(platform)) {
            throw (0,src/* invalidInput */.aY)("platforms", platform, "os/architecture[/variant] such as linux/amd64 or linux/arm64");
        }
    }
    const format = (0,src/* getEnumInput */.iv)("format", { values: ["image", "modelpack"], default: "image" });
    return {
        model,
        framework,
        format,
        modelName,
        metrics: (0,src/* getPathInput */.y2)("metrics", { kind: "file" }),
        base,
        target,
        tags,
        labels,
        platforms,
        push: (0,src/* getBooleanInput */.Vt)("push", { default: true }),
        credentials: readCredentials(target.registry),
        insecure: (0,src/* getBooleanInput */.Vt)("insecure-registry", { default: false }),
        smoke: readSmokeInputs(format),
    };
}
function reference(input, text) {
    try {
        return (0,oci_src/* parseReference */.F2)(text);
    }
    catch (error) {
        throw (0,src/* invalidInput */.aY)(input, text, `an image reference like ghcr.io/owner/name (${error.message})`);
    }
}
/**
 * The workflow token is only ever sent to ghcr.io: on any other registry, credentials must be given.
 */
function readCredentials(registry) {
    let username = (0,src/* getStringInput */.gQ)("registry-username");
    let password = (0,src/* getStringInput */.gQ)("registry-password");
    const token = !password && registry === "ghcr.io" ? (0,src/* getStringInput */.gQ)("github-token") : undefined;
    if (token) {
        password = token;
        username ||= (0,src/* getContext */.SD)().actor || "github-actions";
    }
    if (password)
        (0,src/* mask */.dK)(password);
    if (username && !password)
        throw (0,src/* invalidInput */.aY)("registry-password", "", `a password or token for user '${username}'`);
    if (password && !username)
        throw (0,src/* invalidInput */.aY)("registry-username", "", "the user the registry-password belongs to");
    return username && password ? { username, password } : undefined;
}


/***/ }),

/***/ 2099:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _mlops_actions_kit__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4456);
/* harmony import */ var _build_modelpack_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7117);
/* harmony import */ var _build_serving_image_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(188);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(9764);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(2896);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(4675);
/* harmony import */ var _registry_hint_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(4779);
/* harmony import */ var _source_date_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(7020);











await (0,_mlops_actions_kit__WEBPACK_IMPORTED_MODULE_3__/* .run */ .eF)(async () => {
    const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readInputs */ .K)();
    const github = (0,_mlops_actions_kit__WEBPACK_IMPORTED_MODULE_3__/* .getContext */ .SD)();
    const epoch = (0,_source_date_js__WEBPACK_IMPORTED_MODULE_10__/* .sourceDateEpoch */ .p)((0,_mlops_actions_kit__WEBPACK_IMPORTED_MODULE_3__/* .workspaceDir */ .zf)());
    const workDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(github.runnerTemp || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), "build-model-image-"));
    try {
        const plan = await (0,_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .makePlan */ .C)(inputs, github, epoch, workDir);
        const outcome = inputs.format === "modelpack"
            ? await (0,_build_modelpack_js__WEBPACK_IMPORTED_MODULE_4__/* .buildModelPackArtifact */ .B)(inputs, plan)
            : await (0,_build_serving_image_js__WEBPACK_IMPORTED_MODULE_5__/* .buildServingImage */ .c)(inputs, plan);
        await (0,_publish_js__WEBPACK_IMPORTED_MODULE_8__/* .publishOutcome */ .C)(inputs, outcome, epoch);
    }
    catch (error) {
        throw (0,_registry_hint_js__WEBPACK_IMPORTED_MODULE_9__/* .explainError */ .U)(error, inputs.target);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(workDir, { recursive: true, force: true });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2896:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  C: () => (/* binding */ makePlan)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/oci/src/index.ts + 25 modules
var src = __nccwpck_require__(5900);
// EXTERNAL MODULE: ./packages/kit/src/index.ts + 14 modules
var kit_src = __nccwpck_require__(4456);
;// CONCATENATED MODULE: ./packages/metrics/src/check-rule.ts


const LEVEL_OF = { block: "fail", warn: "warn", info: "info" };
/**
 * Checks one rule against a finite candidate value. Baseline rules need a baseline value; when the
 * change from the baseline is within tolerance a failing baseline rule passes as `within-noise`.
 * Absolute rules (`min`, `max`, `accuracy >= 0.9`) are never softened by the tolerance.
 */
function check_rule_checkRule(rule, candidate, baseline, tolerance, defaultSeverity, noise) {
    const severity = rule.severity ?? defaultSeverity;
    const base = { rule, severity };
    const usesBaseline = needsBaseline(rule);
    if (usesBaseline && "unavailable" in baseline) {
        return {
            ...base,
            outcome: "skipped",
            level: baseline.level,
            reason: `not evaluated: ${baseline.unavailable}`,
        };
    }
    const baselineValue = "value" in baseline ? baseline.value : Number.NaN;
    const threshold = thresholdOf(rule.target, baselineValue);
    if (compare(candidate, rule.op, threshold))
        return { ...base, outcome: "pass", level: "none", threshold };
    if (usesBaseline && withinTolerance(candidate, baselineValue, tolerance)) {
        return { ...base, outcome: "within-noise", level: "none", threshold };
    }
    if (usesBaseline && noise && rule.op !== "==") {
        const interval = `confidence interval of the change [${formatNumber(noise.low)}, ${formatNumber(noise.high)}]`;
        // The candidate value the interval still allows that is most favourable to this rule.
        const favourable = baselineValue + (rule.op.startsWith(">") ? noise.high : noise.low);
        if (!noise.significant || compare(favourable, rule.op, threshold)) {
            const why = noise.significant
                ? `${interval} reaches it`
                : `the change is not significant (${interval})`;
            return {
                ...base,
                outcome: "within-noise",
                level: "none",
                threshold,
                reason: `${rule.text} not met, but ${why}`,
            };
        }
    }
    const explained = rule.target.kind === "baseline"
        ? ` (${formatTarget(rule).replace(/^\S+ baseline/, `baseline ${formatNumber(baselineValue)}`)})`
        : "";
    return {
        ...base,
        outcome: "fail",
        level: LEVEL_OF[severity],
        threshold,
        reason: `${rule.text} not met: expected ${rule.op} ${formatNumber(threshold)}${explained}, got ${formatNumber(candidate)}`,
    };
}
/** Numbers in messages: up to 6 significant digits, so `0.8900000000000001` reads `0.89`. */
function formatNumber(value) {
    if (!Number.isFinite(value))
        return String(value);
    return String(Number(value.toPrecision(6)));
}

;// CONCATENATED MODULE: ./packages/metrics/src/evaluate.ts







const LEVEL_RANK = { none: 0, info: 1, warn: 2, fail: 3 };
const NO_BASELINE = "no baseline";
const SKIPPED_NO_BASELINE = (/* unused pure expression or super */ null && (`not evaluated: ${NO_BASELINE}`));
const MISSING_BASELINE_LEVEL = {
    warn: "warn",
    fail: "fail",
    pass: "none",
};
/**
 * Compares candidate metrics with the baseline's (undefined when there is none) under a policy.
 * Every metric of either side is a row; metrics the policy names exactly but neither side has are rows
 * too (missing). See README "Evaluation" for the statuses and how the verdict follows from them.
 */
function evaluate(candidate, baseline, policy, options = {}) {
    const onMissing = options.onMissingBaseline ?? "warn";
    const extraRules = options.rules ?? [];
    const names = metricNames(candidate, baseline, policy, extraRules);
    const context = {
        candidate,
        baseline,
        onMissing,
        ...(options.noise && { noise: options.noise }),
    };
    const rows = names.map((name) => evaluateMetric(name, resolveMetric(name, policy, extraRules), context));
    rows.sort((a, b) => ROW_STATUSES.indexOf(a.status) - ROW_STATUSES.indexOf(b.status));
    const counts = Object.fromEntries(ROW_STATUSES.map((s) => [s, 0]));
    for (const row of rows)
        counts[row.status]++;
    const skippedRules = baseline
        ? 0
        : rows.reduce((n, row) => n + row.checks.filter((c) => c.outcome === "skipped" && c.reason === SKIPPED_NO_BASELINE).length, 0);
    let verdict = counts.fail > 0 ? "fail" : counts.warn > 0 ? "warn" : "pass";
    if (!baseline && onMissing !== "pass" && verdict !== "fail")
        verdict = onMissing;
    const evaluation = {
        verdict,
        summary: "",
        rows,
        failedMetrics: rows.filter((r) => r.status === "fail").map((r) => r.name),
        warnedMetrics: rows.filter((r) => r.status === "warn").map((r) => r.name),
        counts,
        baseline: { present: baseline !== undefined, onMissing, skippedRules },
        unmatchedPatterns: unmatchedPatterns(policy, extraRules, names),
    };
    if (!baseline) {
        evaluation.baseline.note =
            `no baseline: ${skippedRules} baseline rule(s) not evaluated; ` +
                `on-missing-baseline '${onMissing}' makes this ${onMissing === "pass" ? "leaves the verdict to the other rules" : `at least a ${onMissing}`}`;
    }
    evaluation.summary = summarize(evaluation);
    return evaluation;
}
function evaluateMetric(name, resolved, context) {
    const candidate = context.candidate.get(name);
    const baseline = context.baseline?.get(name);
    const row = {
        name,
        ...(context.candidate.has(name) ? { candidate } : {}),
        ...(context.baseline?.has(name) ? { baseline } : {}),
        ...(isFiniteNumber(candidate) && isFiniteNumber(baseline) ? { delta: deltaOf(candidate, baseline) } : {}),
        direction: resolved.direction,
        tolerance: resolved.tolerance,
        gated: resolved.rules.length > 0,
        severity: resolved.severity,
        checks: [],
        status: "pass",
    };
    if (resolved.entry)
        row.entry = resolved.entry.pattern;
    const problem = candidateProblem(name, candidate, context);
    if (!row.gated)
        return problem ? withStatus(row, problem.ungated, problem.reason) : describeChange(row, context);
    if (problem) {
        row.checks = resolved.rules.map((rule) => ({
            rule,
            severity: rule.severity ?? resolved.severity,
            outcome: "skipped",
            level: "none",
            reason: `not evaluated: ${problem.reason}`,
        }));
        const status = resolved.missing === "ignore" ? problem.ignored : resolved.missing;
        return withStatus(row, status, `${problem.reason} (missing: ${resolved.missing})`);
    }
    const side = baselineSide(name, context);
    row.checks = resolved.rules.map((rule) => checkRule(rule, candidate, side, resolved.tolerance, resolved.severity, context.noise?.get(name)));
    const worst = row.checks.reduce((a, c) => (LEVEL_RANK[c.level] > LEVEL_RANK[a.level] ? c : a));
    if (worst.level !== "none")
        return withStatus(row, worst.level, worst.reason);
    const skipped = row.checks.filter((c) => c.outcome === "skipped");
    if (skipped.length > 0 && !(context.baseline && baseline === undefined)) {
        return withStatus(row, "skipped", `${skipped.length} of ${row.checks.length} rule(s) ${skipped[0]?.reason}`);
    }
    return describeChange(row, context);
}
/** pass / improved / within-noise / regressed-ok / new, from the values alone. */
function describeChange(row, context) {
    const { candidate, baseline } = row;
    if (baseline === undefined) {
        return context.baseline ? withStatus(row, "new", "not in the baseline") : withStatus(row, "pass");
    }
    if (!isFiniteNumber(candidate) || !isFiniteNumber(baseline)) {
        return withStatus(row, "pass", `baseline value ${describeValue(baseline)} cannot be compared`);
    }
    if (candidate === baseline)
        return withStatus(row, "pass");
    if (withinTolerance(candidate, baseline, row.tolerance))
        return withStatus(row, "within-noise");
    const better = row.direction.direction === "higher" ? candidate > baseline : candidate < baseline;
    if (better)
        return withStatus(row, "improved");
    const passedRules = row.gated ? "; every rule passed" : "; no rule applies";
    return withStatus(row, "regressed-ok", `worse than the baseline (${row.direction.direction} is better)${passedRules}`);
}
function withStatus(row, status, reason) {
    row.status = status;
    if (reason !== undefined)
        row.reason = reason;
    return row;
}
function candidateProblem(name, value, context) {
    if (!context.candidate.has(name)) {
        const known = context.baseline?.has(name);
        const where = known ? "the candidate metrics" : "the candidate or baseline metrics";
        const hint = known ? "" : didYouMean(name, context.candidate.keys());
        return { reason: `not found in ${where}${hint}`, ignored: "missing", ungated: "removed" };
    }
    if (typeof value !== "number") {
        return {
            reason: `value ${describeValue(value)} is not a number`,
            ignored: "non-numeric",
            ungated: "non-numeric",
        };
    }
    if (!Number.isFinite(value)) {
        return { reason: `value is ${value}`, ignored: "non-finite", ungated: "non-finite" };
    }
    return undefined;
}
function baselineSide(name, context) {
    const level = MISSING_BASELINE_LEVEL[context.onMissing];
    if (!context.baseline)
        return { unavailable: NO_BASELINE, level };
    if (!context.baseline.has(name))
        return { unavailable: "not in the baseline", level: "none" };
    const value = context.baseline.get(name);
    if (typeof value !== "number")
        return { unavailable: `baseline value ${describeValue(value)} is not a number`, level };
    if (!Number.isFinite(value))
        return { unavailable: `baseline value is ${value}`, level };
    return { value };
}
function isFiniteNumber(value) {
    return typeof value === "number" && Number.isFinite(value);
}
/** Candidate names in file order, then baseline-only names, then names only the policy mentions. */
function metricNames(candidate, baseline, policy, rules) {
    const names = new Set(candidate.keys());
    for (const name of baseline?.keys() ?? [])
        names.add(name);
    const patterns = [
        ...policy.metrics.map((e) => e.pattern),
        ...policy.rules.map((r) => r.metric),
        ...rules.map((r) => r.metric),
    ];
    for (const pattern of patterns)
        if (!isGlob(pattern))
            names.add(pattern);
    return [...names];
}
function unmatchedPatterns(policy, rules, names) {
    const patterns = new Set([
        ...policy.metrics.map((e) => e.pattern),
        ...policy.rules.map((r) => r.metric),
        ...rules.map((r) => r.metric),
    ]);
    return [...patterns].filter((p) => isGlob(p) && !names.some((name) => patternMatches(p, name)));
}
function summarize(evaluation) {
    const { counts, rows, failedMetrics, warnedMetrics } = evaluation;
    const parts = [];
    if (failedMetrics.length > 0)
        parts.push(`${failedMetrics.length} failed (${failedMetrics.join(", ")})`);
    if (warnedMetrics.length > 0)
        parts.push(`${warnedMetrics.length} warned (${warnedMetrics.join(", ")})`);
    if (counts.improved > 0)
        parts.push(`${counts.improved} improved`);
    if (counts["regressed-ok"] > 0)
        parts.push(`${counts["regressed-ok"]} regressed within the rules`);
    const gated = rows.filter((r) => r.gated).length;
    parts.push(`${gated} of ${rows.length} metric(s) gated`);
    if (evaluation.baseline.note)
        parts.push(evaluation.baseline.note);
    return `${evaluation.verdict}: ${parts.join("; ")}`;
}

;// CONCATENATED MODULE: ./packages/metrics/src/source-error.ts
/** `file:line:col` (or `file:line`, or `file`) — the prefix editors and annotations understand. */
function formatLocation(location) {
    if (location.line === undefined)
        return location.file;
    if (location.column === undefined)
        return `${location.file}:${location.line}`;
    return `${location.file}:${location.line}:${location.column}`;
}
/**
 * A problem in a user file (metrics, policy or rule). The message is always one line,
 * `file:line:col: what is wrong; what was expected`, so it can be printed as is and
 * turned into an annotation from `location`.
 */
class source_error_SourceError extends Error {
    name = "SourceError";
    location;
    reason;
    constructor(location, reason) {
        const oneLine = reason.replace(/\s*\n\s*/g, " ").trim();
        super(`${formatLocation(location)}: ${oneLine}`);
        this.location = location;
        this.reason = oneLine;
    }
}
/** Turns a 0-based character offset into a 1-based line and column. */
function locationAt(text, offset, file) {
    let line = 1;
    let lineStart = 0;
    const end = Math.min(offset, text.length);
    for (let i = 0; i < end; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return { file, line, column: end - lineStart + 1 };
}

;// CONCATENATED MODULE: ./packages/metrics/src/merge.ts

/** Names that occur in more than one of the files. */
function sharedMetricNames(files) {
    const seen = new Set();
    const shared = new Set();
    for (const { metrics } of files) {
        for (const name of metrics.keys())
            (seen.has(name) ? shared : seen).add(name);
    }
    return shared;
}
/**
 * Merges the metrics of several files into one set. A name found in one file stays as it is; a name
 * found in two or more files (or listed in `options.qualify`) becomes `<qualifier>/<name>` in each, the
 * qualifier being the file's stem (`out/eval.json` → `eval`), or, when stems clash, the shortest
 * trailing part of the path that tells the files apart (`a/metrics`, `b/metrics`), extension
 * included only when nothing else differs (`metrics.json`, `metrics.yaml`).
 */
function mergeMetrics(files, options = {}) {
    if (files.length <= 1)
        return new Map(files[0]?.metrics);
    const qualified = sharedMetricNames(files);
    for (const name of options.qualify ?? [])
        qualified.add(name);
    const qualifiers = fileQualifiers(files.map((f) => f.file));
    const merged = new Map();
    files.forEach(({ file, metrics }, i) => {
        for (const [name, value] of metrics) {
            const finalName = qualified.has(name) ? `${qualifiers[i]}/${name}` : name;
            if (merged.has(finalName)) {
                throw new SourceError({ file }, `metric '${finalName}' is also defined by another metrics file`);
            }
            merged.set(finalName, value);
        }
    });
    return merged;
}
/** The qualifier of each path, as described at `mergeMetrics`. */
function fileQualifiers(paths) {
    if (paths.length === 0)
        return [];
    const split = paths.map((p) => p.replaceAll("\\", "/").replace(/^\.\//, "").split("/").filter(Boolean));
    const withoutExtension = split.map((segments) => segments.map((s, i) => (i === segments.length - 1 ? s.replace(/\.[^.]+$/, "") || s : s)));
    for (const variant of [withoutExtension, split]) {
        const longest = Math.max(...variant.map((s) => s.length));
        for (let k = 1; k <= longest; k++) {
            const names = variant.map((segments) => segments.slice(-k).join("/"));
            if (new Set(names).size === names.length)
                return names;
        }
    }
    const duplicate = paths.find((p, i) => paths.indexOf(p) !== i) ?? "";
    throw new SourceError({ file: duplicate }, "the same metrics file is listed twice");
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./packages/metrics/src/parse-rule.ts



const OPERATORS = (/* unused pure expression or super */ null && ([">=", "<=", "==", ">", "<"]));
const MISTYPED_OPERATORS = {
    "=>": ">=",
    "=<": "<=",
    "=": "==",
    "≥": ">=",
    "≤": "<=",
};
const NUMBER = /[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const UNSIGNED_NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const BARE_NAME = /[^\s<>=!≥≤[\]"']+/y;
const WORD = /[A-Za-z_][A-Za-z0-9_]*/y;
/**
 * Parses an inline rule:
 *
 *     rule     = metric operator target [ "[" severity "]" ]
 *     metric   = bare-name | "quoted name" | 'quoted name'      (bare: no spaces, < > = ! [ ] or quotes)
 *     operator = ">=" | ">" | "<=" | "<" | "=="
 *     target   = number | "baseline" [ ("+" | "-") number ["%"] | "*" number ]
 *     severity = "block" | "warn" | "info"
 *
 * `location` is where the rule text starts; errors point at the exact column.
 */
function parse_rule_parseRule(text, location = { file: "rule", line: 1, column: 1 }) {
    let pos = 0;
    const fail = (reason, at = pos) => {
        const line = location.line ?? 1;
        throw new SourceError({ file: location.file, line, column: (location.column ?? 1) + at }, reason);
    };
    const skipSpace = () => {
        while (pos < text.length && /\s/.test(text[pos] ?? ""))
            pos++;
    };
    const found = () => {
        if (pos >= text.length)
            return "the end of the rule";
        const token = /\S+/y;
        token.lastIndex = pos;
        return `'${token.exec(text)?.[0] ?? text[pos]}'`;
    };
    const match = (pattern) => {
        pattern.lastIndex = pos;
        const m = pattern.exec(text);
        if (!m)
            return undefined;
        pos = pattern.lastIndex;
        return m[0];
    };
    const readMetric = () => {
        const quote = text[pos];
        if (quote === '"' || quote === "'") {
            const end = text.indexOf(quote, pos + 1);
            if (end < 0)
                fail(`unterminated quoted metric name; expected a closing ${quote}`);
            const name = text.slice(pos + 1, end);
            if (name === "")
                fail("empty metric name");
            pos = end + 1;
            return name;
        }
        return match(BARE_NAME) ?? fail(`expected a metric name, found ${found()}`);
    };
    const readOperator = () => {
        const operator = OPERATORS.find((op) => text.startsWith(op, pos));
        if (operator) {
            pos += operator.length;
            return operator;
        }
        const typo = Object.keys(MISTYPED_OPERATORS).find((t) => text.startsWith(t, pos));
        const hint = typo ? `; did you mean '${MISTYPED_OPERATORS[typo]}'?` : "";
        return fail(`expected a comparison (>=, >, <=, <, ==), found ${found()}${hint}`);
    };
    const readTarget = (after) => {
        const start = pos;
        const word = match(WORD);
        if (word === "baseline")
            return { kind: "baseline", ...readAdjust() };
        pos = start;
        const number = match(NUMBER);
        if (number !== undefined) {
            if (text[pos] === "%") {
                fail("a percentage is only allowed after 'baseline +' or 'baseline -'; write 0.9, not 90%");
            }
            return { kind: "number", value: Number(number) };
        }
        const hint = word ? didYouMean(word, ["baseline"]) : "";
        return fail(`expected a number or 'baseline' after '${after}', found ${found()}${hint}`);
    };
    const readAdjust = () => {
        skipSpace();
        const op = text[pos];
        if (op !== "+" && op !== "-" && op !== "*")
            return {};
        pos++;
        skipSpace();
        const number = match(UNSIGNED_NUMBER) ?? fail(`expected a number after '${op}', found ${found()}`);
        const percent = text[pos] === "%";
        if (op === "*") {
            if (percent)
                fail("a percentage cannot multiply the baseline; write 'baseline * 1.1' for +10%");
            return { adjust: { op, factor: Number(number) } };
        }
        if (percent)
            pos++;
        const amount = { value: Number(number), percent };
        return { adjust: { op, amount } };
    };
    const readSeverity = () => {
        skipSpace();
        if (text[pos] !== "[")
            return undefined;
        const open = pos;
        const close = text.indexOf("]", pos);
        if (close < 0)
            fail("unterminated severity marker; expected ']'");
        const word = text.slice(open + 1, close).trim();
        const severity = SEVERITIES.find((s) => s === word);
        if (!severity) {
            fail(`unknown severity '${word}'; expected block, warn or info${didYouMean(word, SEVERITIES)}`, open + 1);
        }
        pos = close + 1;
        return severity;
    };
    skipSpace();
    if (pos >= text.length)
        fail("empty rule; expected e.g. 'accuracy >= 0.9' or 'loss <= baseline'");
    const metric = readMetric();
    skipSpace();
    const op = readOperator();
    skipSpace();
    const target = readTarget(op);
    const ruleEnd = pos;
    const severity = readSeverity();
    skipSpace();
    if (pos < text.length) {
        const expected = target.kind === "baseline" ? "'+', '-', '*', " : "";
        fail(`unexpected ${found()}; expected ${expected}a severity like [warn], or the end of the rule`);
    }
    const rule = { metric, op, target, origin: "rule", text: text.slice(0, ruleEnd).trim(), location };
    if (severity)
        rule.severity = severity;
    return rule;
}

;// CONCATENATED MODULE: ./packages/metrics/src/yaml-error.ts

/**
 * The yaml library's errors end with " at line L, column C:" and a multi-line excerpt; keep the first
 * sentence and put the position in front, as every other error here does.
 */
function yaml_error_fromYamlError(error, file) {
    const reason = error.message.split(/ at line \d+, column \d+/)[0] ?? error.message;
    const start = error.linePos?.[0];
    const location = start ? { file, line: start.line, column: start.col } : { file };
    return new source_error_SourceError(location, lowerFirst(reason.trim()));
}
function lowerFirst(text) {
    return text.length > 1 && /^[A-Z][a-z]/.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text;
}

;// CONCATENATED MODULE: ./packages/metrics/src/parse-policy.ts






const TOP_KEYS = (/* unused pure expression or super */ null && (["defaults", "metrics", "rules"]));
const DEFAULT_KEYS = (/* unused pure expression or super */ null && (["tolerance", "severity", "missing"]));
const ENTRY_KEYS = (/* unused pure expression or super */ null && ([
    "direction",
    "min",
    "max",
    "max-drop",
    "max-rise",
    "tolerance",
    "severity",
    "missing",
]));
const DIRECTIONS = (/* unused pure expression or super */ null && (["higher", "lower"]));
const PERCENT = /^\s*(\d+(?:\.\d*)?|\.\d+)\s*%\s*$/;
/**
 * Parses a policy file (see README: `defaults:`, `metrics:` keyed by name or glob, `rules:` a list of
 * inline rules). Every problem is a `SourceError` pointing at the line and column of the offending
 * node, saying what was expected.
 */
function parsePolicy(text, fileName) {
    const lineCounter = new LineCounter();
    const document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
    const [error] = document.errors;
    if (error)
        throw fromYamlError(error, fileName);
    const at = (node) => {
        const offset = node?.range?.[0];
        if (offset === undefined)
            return { file: fileName };
        const { line, col } = lineCounter.linePos(offset);
        return { file: fileName, line, column: col };
    };
    const fail = (node, reason) => {
        throw new SourceError(at(node), reason);
    };
    const policy = { file: fileName, defaults: {}, metrics: [], rules: [] };
    const root = document.contents;
    if (root === null || (isScalar(root) && root.value === null))
        return policy;
    if (!isMap(root))
        return fail(root, "expected a mapping with 'defaults', 'metrics' and/or 'rules'");
    for (const pair of pairs(root)) {
        const key = keyOf(pair, fail);
        const value = pair.value;
        if (key === "defaults")
            policy.defaults = readDefaults(value);
        else if (key === "metrics")
            policy.metrics = readMetrics(value);
        else if (key === "rules")
            policy.rules = readRules(value);
        else {
            const hint = didYouMean(key, TOP_KEYS) ||
                (isMap(value) ? `; metric entries go under 'metrics:'` : `; expected ${TOP_KEYS.join(", ")}`);
            fail(pair.key, `unknown key '${key}' at the top level${hint}`);
        }
    }
    return policy;
    function readDefaults(node) {
        const defaults = {};
        if (isNull(node))
            return defaults;
        if (!isMap(node))
            return fail(node, "expected 'defaults' to be a mapping (tolerance, severity, missing)");
        for (const pair of pairs(node)) {
            const key = keyOf(pair, fail);
            const value = pair.value;
            if (key === "tolerance")
                defaults.tolerance = readAmount(value, key, "defaults");
            else if (key === "severity")
                defaults.severity = readChoice(value, key, "defaults", SEVERITIES);
            else if (key === "missing")
                defaults.missing = readChoice(value, key, "defaults", MISSING_MODES);
            else {
                const onlyPerMetric = ENTRY_KEYS.includes(key)
                    ? `; '${key}' is set per metric, defaults take only ${DEFAULT_KEYS.join(", ")}`
                    : didYouMean(key, DEFAULT_KEYS) || `; expected ${DEFAULT_KEYS.join(", ")}`;
                fail(pair.key, `unknown key '${key}' in defaults${onlyPerMetric}`);
            }
        }
        return defaults;
    }
    function readMetrics(node) {
        if (isNull(node))
            return [];
        if (!isMap(node))
            return fail(node, "expected 'metrics' to be a mapping of metric names or globs to settings");
        return pairs(node).map((pair) => readEntry(pair));
    }
    function readEntry(pair) {
        const pattern = keyOf(pair, fail);
        const entry = { pattern, location: at(pair.key) };
        const node = pair.value;
        if (isNull(node))
            return entry;
        if (!isMap(node)) {
            return fail(node, `expected metric '${pattern}' to be a mapping of settings (${ENTRY_KEYS.join(", ")})`);
        }
        const where = `metric '${pattern}'`;
        for (const setting of pairs(node)) {
            const key = keyOf(setting, fail);
            const value = setting.value;
            switch (key) {
                case "direction":
                    entry.direction = readChoice(value, key, where, DIRECTIONS);
                    break;
                case "min":
                    entry.min = readNumber(value, key, where);
                    break;
                case "max":
                    entry.max = readNumber(value, key, where);
                    break;
                case "max-drop":
                    entry.maxDrop = readAmount(value, key, where);
                    break;
                case "max-rise":
                    entry.maxRise = readAmount(value, key, where);
                    break;
                case "tolerance":
                    entry.tolerance = readAmount(value, key, where);
                    break;
                case "severity":
                    entry.severity = readChoice(value, key, where, SEVERITIES);
                    break;
                case "missing":
                    entry.missing = readChoice(value, key, where, MISSING_MODES);
                    break;
                default: {
                    const hint = didYouMean(key, ENTRY_KEYS) || `; expected one of ${ENTRY_KEYS.join(", ")}`;
                    fail(setting.key, `unknown key '${key}' in ${where}${hint}`);
                }
            }
        }
        if (entry.min !== undefined && entry.max !== undefined && entry.min > entry.max) {
            fail(node, `min (${entry.min}) is greater than max (${entry.max}) in ${where}; no value can pass`);
        }
        return entry;
    }
    function readRules(node) {
        if (isNull(node))
            return [];
        if (!isSeq(node))
            return fail(node, "expected 'rules' to be a list of rules like '- accuracy >= 0.9'");
        return node.items.map((item) => {
            const ruleNode = item;
            if (!isScalar(ruleNode) || typeof ruleNode.value !== "string") {
                return fail(ruleNode, "expected a rule as text, like 'f1 >= baseline - 0.01'");
            }
            return parseRule(ruleNode.value, ruleTextStart(ruleNode));
        });
    }
    /** Where the rule's text starts, so rule errors point at the right column (inside quotes too). */
    function ruleTextStart(node) {
        const start = at(node);
        const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
        return quoted && start.column !== undefined ? { ...start, column: start.column + 1 } : start;
    }
    function readNumber(node, key, where) {
        if (isScalar(node) && typeof node.value === "number" && Number.isFinite(node.value))
            return node.value;
        const hint = isScalar(node) && typeof node.value === "string" && PERCENT.test(node.value)
            ? ` ('${key}' is an absolute bound; percentages are for max-drop, max-rise and tolerance)`
            : "";
        return fail(node, `expected '${key}' in ${where} to be a number, found ${show(node)}${hint}`);
    }
    function readAmount(node, key, where) {
        if (isScalar(node)) {
            if (typeof node.value === "number" && Number.isFinite(node.value) && node.value >= 0) {
                return { value: node.value, percent: false };
            }
            const percent = typeof node.value === "string" ? PERCENT.exec(node.value) : null;
            if (percent?.[1] !== undefined)
                return { value: Number(percent[1]), percent: true };
        }
        return fail(node, `expected '${key}' in ${where} to be a non-negative number or a percentage like '2%', found ${show(node)}`);
    }
    function readChoice(node, key, where, choices) {
        const value = isScalar(node) ? node.value : undefined;
        const choice = choices.find((c) => c === value);
        if (choice !== undefined)
            return choice;
        const hint = typeof value === "string" ? didYouMean(value, choices) : "";
        return fail(node, `expected '${key}' in ${where} to be one of ${choices.join(", ")}, found ${show(node)}${hint}`);
    }
}
function pairs(map) {
    return map.items;
}
function keyOf(pair, fail) {
    const key = pair.key;
    if (isScalar(key) && (typeof key.value === "string" || typeof key.value === "number") && key.value !== "") {
        return String(key.value);
    }
    return fail(key, "expected a plain key (a name)");
}
function isNull(node) {
    return node === null || node === undefined || (isScalar(node) && node.value === null);
}
function show(node) {
    if (isNull(node))
        return "nothing";
    if (isScalar(node))
        return typeof node.value === "string" ? `'${node.value}'` : String(node.value);
    return isSeq(node) ? "a list" : "a mapping";
}

;// CONCATENATED MODULE: ./packages/metrics/src/predictions/compare-predictions.ts





/** Numeric labels with more distinct values than this are a regression target. */
const MAX_CLASSES_FOR_NUMBERS = 20;
const LOWER_IS_BETTER = new Set(["log_loss", "mae", "rmse"]);
/**
 * Computes the metrics of both models from their predictions on the same examples, a seeded paired
 * bootstrap interval for each difference, and McNemar's exact test for accuracy; then calls each
 * metric regressed, improved, within-noise (no significant change, not worse) or inconclusive (no
 * significant change, but worse, or too few resamples where the metric is defined).
 */
function comparePredictions(paired, options = {}) {
    const seed = options.seed ?? DEFAULT_SEED;
    const resamples = options.resamples ?? DEFAULT_RESAMPLES;
    const confidence = options.confidence ?? 0.95;
    const n = paired.labels.length;
    const task = taskOf(paired);
    const side = task === "classification" ? classificationSides(paired) : regressionSides(paired);
    const intervals = pairedBootstrap(n, (indices) => {
        const candidate = side.scores("candidate", indices);
        const baseline = side.scores("baseline", indices);
        return side.names.map((name) => {
            const c = candidate[name];
            const b = baseline[name];
            return c === undefined || b === undefined ? undefined : c - b;
        });
    }, { seed, resamples, confidence });
    const full = { candidate: side.scores("candidate"), baseline: side.scores("baseline") };
    const mcnemar = side.mcnemar?.();
    const alpha = 1 - confidence;
    const metrics = side.names.flatMap((name, k) => {
        const candidate = full.candidate[name];
        const baseline = full.baseline[name];
        const interval = intervals[k];
        if (candidate === undefined || baseline === undefined || interval === undefined)
            return [];
        const direction = LOWER_IS_BETTER.has(name) ? "lower" : "higher";
        const pValue = name === "accuracy" ? mcnemar?.pValue : undefined;
        const significant = pValue !== undefined ? pValue < alpha : interval.valid > 0 && (interval.low > 0 || interval.high < 0);
        const difference = candidate - baseline;
        const worse = direction === "higher" ? difference < 0 : difference > 0;
        const enough = interval.valid >= 0.95 * resamples;
        const status = !enough
            ? "inconclusive"
            : significant
                ? worse
                    ? "regressed"
                    : difference === 0
                        ? "within-noise"
                        : "improved"
                : worse
                    ? "inconclusive"
                    : "within-noise";
        return [
            {
                name,
                direction,
                candidate,
                baseline,
                difference,
                interval: { low: interval.low, high: interval.high, confidence, valid: interval.valid, resamples },
                ...(pValue !== undefined && { pValue }),
                significant,
                status,
            },
        ];
    });
    return {
        task,
        examples: n,
        pairedBy: paired.pairedBy,
        ...(side.classes && { classes: side.classes }),
        ...(side.positiveClass !== undefined && { positiveClass: side.positiveClass }),
        seed,
        resamples,
        confidence,
        ...(mcnemar && { mcnemar }),
        metrics,
    };
}
function isNumber(text) {
    return text.trim() !== "" && Number.isFinite(Number(text));
}
function taskOf(paired) {
    const all = [...paired.labels, ...paired.candidate.predictions, ...paired.baseline.predictions];
    if (!all.every(isNumber))
        return "classification";
    const integral = all.every((text) => Number.isInteger(Number(text)));
    return integral && new Set(paired.labels).size <= MAX_CLASSES_FOR_NUMBERS ? "classification" : "regression";
}
function classificationSides(paired) {
    const numeric = [...paired.labels, ...paired.candidate.predictions, ...paired.baseline.predictions].every(isNumber);
    const classes = [
        ...new Set([...paired.labels, ...paired.candidate.predictions, ...paired.baseline.predictions]),
    ].sort(numeric ? (a, b) => Number(a) - Number(b) : undefined);
    const id = new Map(classes.map((name, i) => [name, i]));
    const encode = (values) => Int32Array.from(values, (v) => id.get(v));
    const truth = encode(paired.labels);
    const predicted = {
        candidate: encode(paired.candidate.predictions),
        baseline: encode(paired.baseline.predictions),
    };
    const truthClasses = [...new Set(paired.labels)].sort(numeric ? (a, b) => Number(a) - Number(b) : undefined);
    const binary = truthClasses.length === 2 && paired.candidate.scores && paired.baseline.scores;
    const positiveClass = binary ? truthClasses[1] : undefined;
    const positive = Uint8Array.from(paired.labels, (label) => (label === positiveClass ? 1 : 0));
    const scores = {
        candidate: Float64Array.from(paired.candidate.scores ?? []),
        baseline: Float64Array.from(paired.baseline.scores ?? []),
    };
    const names = [
        "accuracy",
        ...["precision", "recall", "f1"].flatMap((m) => ["micro", "macro", "weighted"].map((a) => `${m}_${a}`)),
        ...(binary ? ["roc_auc", "log_loss"] : []),
    ];
    return {
        names,
        classes,
        ...(positiveClass !== undefined && { positiveClass }),
        scores(which, indices) {
            const result = { ...classificationScores(truth, predicted[which], classes.length, indices) };
            if (binary) {
                result.roc_auc = rocAuc(positive, scores[which], indices);
                result.log_loss = logLoss(positive, scores[which], indices);
            }
            return result;
        },
        mcnemar() {
            let candidateOnly = 0;
            let baselineOnly = 0;
            for (let i = 0; i < truth.length; i++) {
                const c = predicted.candidate[i] === truth[i];
                const b = predicted.baseline[i] === truth[i];
                if (c && !b)
                    candidateOnly++;
                if (b && !c)
                    baselineOnly++;
            }
            return { candidateOnly, baselineOnly, pValue: mcnemarExact(candidateOnly, baselineOnly) };
        },
    };
}
function regressionSides(paired) {
    const truth = Float64Array.from(paired.labels, Number);
    const predicted = {
        candidate: Float64Array.from(paired.candidate.predictions, Number),
        baseline: Float64Array.from(paired.baseline.predictions, Number),
    };
    return {
        names: ["mae", "rmse", "r2"],
        scores: (which, indices) => ({ ...regressionScores(truth, predicted[which], indices) }),
    };
}

;// CONCATENATED MODULE: ./packages/metrics/src/predictions/predictions-error.ts
/**
 * A problem in a predictions file, or between the two files being paired. The message is one line that
 * names the file; `location`, when known, is where an annotation should point.
 */
class predictions_error_PredictionsError extends Error {
    name = "PredictionsError";
    location;
    constructor(message, location) {
        super(message);
        this.location = location;
    }
}

;// CONCATENATED MODULE: ./packages/metrics/src/predictions/pair-predictions.ts

/**
 * Matches the two sides example by example: by `id` when both files have one (the same ids, each once),
 * else by row order (the same number of rows). The truth must agree: they must be the same examples.
 */
function pairPredictions(candidate, baseline) {
    const baselineOrder = candidate.ids && baseline.ids ? orderById(candidate, baseline) : orderByRow(candidate, baseline);
    const pick = (values) => values && baselineOrder.map((i) => values[i]);
    candidate.labels.forEach((label, i) => {
        const other = baseline.labels[baselineOrder[i]];
        if (other !== label) {
            const example = candidate.ids?.[i] ?? `row ${i + 2}`;
            throw new PredictionsError(`${baseline.file}: example ${example} has label '${other}' but '${label}' in ${candidate.file}; both files must hold the same examples`);
        }
    });
    const baselineScores = pick(baseline.scores);
    return {
        labels: candidate.labels,
        candidate: { predictions: candidate.predictions, ...(candidate.scores && { scores: candidate.scores }) },
        baseline: {
            predictions: pick(baseline.predictions) ?? [],
            ...(baselineScores && { scores: baselineScores }),
        },
        pairedBy: candidate.ids && baseline.ids ? "id" : "order",
    };
}
function orderById(candidate, baseline) {
    const position = new Map();
    (baseline.ids ?? []).forEach((id, i) => {
        if (position.has(id))
            throw new PredictionsError(`${baseline.file}: example id '${id}' appears twice`);
        position.set(id, i);
    });
    const seen = new Set();
    const order = (candidate.ids ?? []).map((id) => {
        if (seen.has(id))
            throw new PredictionsError(`${candidate.file}: example id '${id}' appears twice`);
        seen.add(id);
        const index = position.get(id);
        if (index === undefined)
            throw new PredictionsError(`${baseline.file}: has no example with id '${id}' (from ${candidate.file})`);
        return index;
    });
    if (order.length !== position.size) {
        throw new PredictionsError(`${baseline.file}: has ${position.size} examples, ${candidate.file} ${order.length}; both must hold the same examples`);
    }
    return order;
}
function orderByRow(candidate, baseline) {
    if (candidate.labels.length !== baseline.labels.length) {
        throw new PredictionsError(`${baseline.file}: has ${baseline.labels.length} examples, ${candidate.file} ${candidate.labels.length}; both must hold the same examples (add an 'id' column to match them by id)`);
    }
    return candidate.labels.map((_, i) => i);
}

;// CONCATENATED MODULE: ./packages/metrics/src/predictions/parse-predictions.ts

const COLUMNS = {
    id: ["id", "example_id", "example"],
    label: ["label", "y_true", "target", "truth", "actual"],
    prediction: ["prediction", "y_pred", "pred", "predicted"],
    score: ["score", "y_score", "proba", "probability", "y_proba"],
};
/**
 * Parses a CSV or TSV (by the extension of `file`, else sniffed from the header) with a header row naming
 * the columns: `label` (or y_true, target, truth, actual), `prediction` (or y_pred, pred, predicted),
 * optional `id` and optional `score` (the positive class's probability). `file` is the name errors and
 * the result point at. csv-parse is loaded only here.
 */
async function parsePredictions(text, file) {
    const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
    const delimiter = /\.tsv$/i.test(file) || (!/\.csv$/i.test(file) && firstLine.includes("\t")) ? "\t" : ",";
    const { parse } = await __nccwpck_require__.e(/* import() */ 175).then(__nccwpck_require__.bind(__nccwpck_require__, 5175));
    let rows;
    try {
        rows = parse(text, { delimiter, trim: true, skip_empty_lines: true, bom: true });
    }
    catch (error) {
        const line = error.lines;
        throw new PredictionsError(`${file}${line ? `:${line}` : ""}: not a valid ${delimiter === "," ? "CSV" : "TSV"} file: ${error.message}`, {
            file,
            ...(line !== undefined && { line }),
        });
    }
    const [header = [], ...body] = rows;
    const column = (names) => header.findIndex((h) => names.includes(h.toLowerCase()));
    const at = {
        id: column(COLUMNS.id),
        label: column(COLUMNS.label),
        prediction: column(COLUMNS.prediction),
        score: column(COLUMNS.score),
    };
    if (at.label < 0 || at.prediction < 0) {
        throw new PredictionsError(`${file}:1: expected a header with a 'label' column (or ${COLUMNS.label.slice(1).join(", ")}) and a 'prediction' column (or ${COLUMNS.prediction.slice(1).join(", ")}); found ${header.join(", ") || "nothing"}`, { file, line: 1 });
    }
    if (body.length === 0)
        throw new PredictionsError(`${file}: no examples after the header`, { file, line: 1 });
    const cell = (row, index) => row[index] ?? "";
    const scores = at.score < 0 ? undefined : body.map((row, i) => parseScore(cell(row, at.score), file, i + 2));
    return {
        file,
        ...(at.id >= 0 && { ids: body.map((row) => cell(row, at.id)) }),
        labels: body.map((row) => cell(row, at.label)),
        predictions: body.map((row) => cell(row, at.prediction)),
        ...(scores && { scores }),
    };
}
function parseScore(text, file, line) {
    const value = Number(text);
    if (text === "" || !Number.isFinite(value) || value < 0 || value > 1) {
        throw new PredictionsError(`${file}:${line}: score '${text}' is not a probability between 0 and 1`, {
            file,
            line,
        });
    }
    return value;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./packages/metrics/src/value.ts
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const NOT_A_NUMBER = /^[+-]?nan$/i;
const INFINITE = /^([+-]?)(?:inf|infinity)$/i;
/**
 * Reads a number from text as training scripts print them: `0.93`, `1e-3`, `-2`, and the non-finite
 * spellings of Python (`nan`, `inf`, `-inf`), JavaScript (`NaN`, `Infinity`) and YAML (`.nan`, `.inf`).
 * Returns undefined for anything else (hex, `1,000`, `93%` are not numbers here).
 */
function parseNumber(text) {
    const trimmed = text.trim();
    if (DECIMAL.test(trimmed))
        return Number(trimmed);
    const yamlStyle = trimmed.replace(/^([+-]?)\./, "$1");
    if (NOT_A_NUMBER.test(yamlStyle))
        return Number.NaN;
    const infinite = INFINITE.exec(yamlStyle);
    if (infinite)
        return infinite[1] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    return undefined;
}
/** Numeric strings become numbers; everything else stays as it is. */
function coerceValue(value) {
    if (typeof value === "string")
        return parseNumber(value) ?? value;
    return value;
}
function isNumeric(value) {
    return typeof value === "number";
}
/** How a value is shown in messages and tables: numbers as JavaScript prints them, strings quoted. */
function value_describeValue(value) {
    if (value === undefined)
        return "(absent)";
    if (typeof value === "string")
        return JSON.stringify(value);
    return String(value);
}

;// CONCATENATED MODULE: ./packages/metrics/src/flatten.ts


/**
 * Flattens nested mappings into dotted names and arrays into indexes:
 * `{"a":{"b":[1,2]}}` → `a.b.0 = 1`, `a.b.1 = 2`. Empty mappings and arrays contribute nothing.
 * The top level must be a mapping. Two paths that flatten to the same name (`{"a.b":1,"a":{"b":2}}`)
 * are an error rather than one silently hiding the other.
 */
function flattenMetrics(tree, file) {
    if (tree === null || typeof tree !== "object" || Array.isArray(tree)) {
        throw new source_error_SourceError({ file }, `expected a mapping of metric names to values at the top level, found ${describeKind(tree)}`);
    }
    const metrics = new Map();
    const visit = (node, name) => {
        if (node !== null && typeof node === "object") {
            const entries = Array.isArray(node)
                ? node.map((v, i) => [String(i), v])
                : Object.entries(node);
            for (const [key, child] of entries)
                visit(child, name === "" ? key : `${name}.${key}`);
            return;
        }
        if (metrics.has(name)) {
            throw new source_error_SourceError({ file }, `metric '${name}' is defined twice (a dotted key and a nested one)`);
        }
        metrics.set(name, toMetricValue(node, name, file));
    };
    visit(tree, "");
    return metrics;
}
function toMetricValue(node, name, file) {
    if (typeof node === "number" || typeof node === "string" || typeof node === "boolean" || node === null) {
        return coerceValue(node);
    }
    throw new source_error_SourceError({ file }, `metric '${name}' has an unsupported value of type ${typeof node}`);
}
function describeKind(tree) {
    if (Array.isArray(tree))
        return "a list";
    if (tree === null || tree === undefined)
        return "nothing";
    return `a ${typeof tree}`;
}

;// CONCATENATED MODULE: ./packages/metrics/src/json-parse.ts

const json_parse_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORDS = [
    ["true", true],
    ["false", false],
    ["null", null],
    // Python's json.dump writes these for float('nan') / float('inf'); training scripts emit them.
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["-Infinity", Number.NEGATIVE_INFINITY],
];
/**
 * Strict JSON plus Python's `NaN`, `Infinity` and `-Infinity`. Unlike JSON.parse, every error carries
 * the line and column, and a key repeated in one object is an error (JSON.parse keeps the last one).
 */
function parseJson(text, file) {
    let pos = 0;
    const fail = (reason, at = pos) => {
        throw new source_error_SourceError(locationAt(text, at, file), reason);
    };
    const found = () => {
        if (pos >= text.length)
            return "end of file";
        const word = /[A-Za-z0-9_+\-.]+/y;
        word.lastIndex = pos;
        const match = word.exec(text);
        return `'${match ? match[0] : text[pos]}'`;
    };
    const skipSpace = () => {
        while (pos < text.length && " \t\n\r".includes(text[pos] ?? ""))
            pos++;
    };
    const readString = () => {
        const start = pos;
        let end = pos + 1;
        while (end < text.length && text[end] !== '"' && text[end] !== "\n")
            end += text[end] === "\\" ? 2 : 1;
        if (text[end] !== '"')
            return fail("unterminated string; expected a closing '\"' on the same line");
        pos = end + 1;
        try {
            return JSON.parse(text.slice(start, pos));
        }
        catch {
            return fail('invalid string: control characters must be escaped, escapes are \\n \\t \\" \\\\ \\uXXXX', start);
        }
    };
    const readValue = () => {
        skipSpace();
        const c = text[pos];
        if (c === "{")
            return readObject();
        if (c === "[")
            return readArray();
        if (c === '"')
            return readString();
        for (const [word, value] of WORDS) {
            if (text.startsWith(word, pos)) {
                pos += word.length;
                return value;
            }
        }
        json_parse_NUMBER.lastIndex = pos;
        const number = json_parse_NUMBER.exec(text);
        if (number) {
            pos = json_parse_NUMBER.lastIndex;
            return Number(number[0]);
        }
        return fail(`expected a value, found ${found()}`);
    };
    const readObject = () => {
        const object = {};
        pos++;
        skipSpace();
        if (text[pos] === "}") {
            pos++;
            return object;
        }
        for (;;) {
            skipSpace();
            if (text[pos] !== '"')
                fail(`expected a property name in double quotes, found ${found()}`);
            const keyAt = pos;
            const key = readString();
            if (Object.hasOwn(object, key))
                fail(`duplicate key ${JSON.stringify(key)}`, keyAt);
            skipSpace();
            if (text[pos] !== ":")
                fail(`expected ':' after property name, found ${found()}`);
            pos++;
            object[key] = readValue();
            skipSpace();
            if (text[pos] === ",") {
                pos++;
                continue;
            }
            if (text[pos] === "}") {
                pos++;
                return object;
            }
            fail(`expected ',' or '}' after property value, found ${found()}`);
        }
    };
    const readArray = () => {
        const array = [];
        pos++;
        skipSpace();
        if (text[pos] === "]") {
            pos++;
            return array;
        }
        for (;;) {
            array.push(readValue());
            skipSpace();
            if (text[pos] === ",") {
                pos++;
                continue;
            }
            if (text[pos] === "]") {
                pos++;
                return array;
            }
            fail(`expected ',' or ']' after array element, found ${found()}`);
        }
    };
    if (text.charCodeAt(0) === 0xfeff)
        pos = 1;
    const value = readValue();
    skipSpace();
    if (pos < text.length)
        fail(`unexpected ${found()} after the end of the JSON value`);
    return value;
}

;// CONCATENATED MODULE: ./packages/metrics/src/table-parse.ts
/**
 * RFC 4180 reading of CSV or TSV text: quoted cells may hold the delimiter, doubled quotes and line
 * breaks. Blank lines are skipped; cells are trimmed. Returns the line of an unterminated quote instead
 * of throwing, so the caller can phrase the error.
 */
function parseDelimited(text, delimiter) {
    const rows = [];
    let cells = [];
    let cell = "";
    let quoted = false;
    let line = 1;
    let rowLine = 1;
    let quoteLine = 0;
    const endRow = () => {
        cells.push(cell);
        if (cells.some((c) => c.trim() !== ""))
            rows.push({ line: rowLine, cells: cells.map((c) => c.trim()) });
        cells = [];
        cell = "";
    };
    const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (let i = start; i < text.length; i++) {
        const c = text[i];
        if (quoted) {
            if (c === '"' && text[i + 1] === '"') {
                cell += '"';
                i++;
            }
            else if (c === '"') {
                quoted = false;
            }
            else {
                if (c === "\n")
                    line++;
                cell += c;
            }
        }
        else if (c === '"' && cell.trim() === "") {
            quoted = true;
            quoteLine = line;
            cell = "";
        }
        else if (c === delimiter) {
            cells.push(cell);
            cell = "";
        }
        else if (c === "\n" || c === "\r") {
            if (c === "\r" && text[i + 1] === "\n")
                i++;
            endRow();
            line++;
            rowLine = line;
        }
        else {
            cell += c;
        }
    }
    if (quoted)
        return { rows, unterminatedQuoteLine: quoteLine };
    endRow();
    return { rows };
}

;// CONCATENATED MODULE: ./packages/metrics/src/read-table.ts



const NAME_HEADERS = new Set(["name", "metric", "key", "metric_name"]);
const VALUE_HEADERS = new Set(["value", "score", "metric_value"]);
/**
 * Reads metrics from CSV or TSV in one of two shapes, decided in this order:
 * 1. a long table with a `name,value` header (first cell name|metric|key|metric_name, second
 *    value|score|metric_value, any case) — one metric per following row;
 * 2. a wide table — exactly two rows of equal width whose first row holds no number: the names, then
 *    the values;
 * 3. a long table without header — every row has exactly two cells, name then value.
 * Anything else is an error naming the row that does not fit.
 */
function readTable(text, delimiter, file) {
    const { rows, unterminatedQuoteLine } = parseDelimited(text, delimiter);
    if (unterminatedQuoteLine !== undefined) {
        throw new source_error_SourceError({ file, line: unterminatedQuoteLine }, "unterminated quoted cell");
    }
    const [first, second] = rows;
    if (!first)
        throw new source_error_SourceError({ file }, "no metrics: the file has no rows");
    if (isNameValueHeader(first))
        return readLong(rows.slice(1), file);
    if (rows.length === 2 && second && isWide(first, second))
        return readWide(first, second, file);
    return readLong(rows, file);
}
function isNameValueHeader(row) {
    const [name, value] = row.cells.map((c) => c.toLowerCase());
    return row.cells.length === 2 && NAME_HEADERS.has(name ?? "") && VALUE_HEADERS.has(value ?? "");
}
function isWide(header, values) {
    return (header.cells.length === values.cells.length && header.cells.every((c) => parseNumber(c) === undefined));
}
function readWide(header, values, file) {
    const metrics = new Map();
    header.cells.forEach((name, i) => {
        addMetric(metrics, name, values.cells[i] ?? "", file, header.line);
    });
    return metrics;
}
function readLong(rows, file) {
    const metrics = new Map();
    for (const row of rows) {
        if (row.cells.length !== 2) {
            throw new source_error_SourceError({ file, line: row.line }, `expected 2 cells (name, value), found ${row.cells.length}; a metrics table is either ` +
                "'name,value' rows or one header row followed by one row of values");
        }
        const [name = "", value = ""] = row.cells;
        addMetric(metrics, name, value, file, row.line);
    }
    return metrics;
}
function addMetric(metrics, name, cell, file, line) {
    if (name === "")
        throw new source_error_SourceError({ file, line }, "empty metric name");
    if (metrics.has(name))
        throw new source_error_SourceError({ file, line }, `metric '${name}' is defined twice`);
    metrics.set(name, coerceValue(cell));
}

;// CONCATENATED MODULE: ./packages/metrics/src/read-metrics.ts








const BY_EXTENSION = {
    ".json": "json",
    ".yaml": "yaml",
    ".yml": "yaml",
    ".csv": "csv",
    ".tsv": "tsv",
};
/** The format named by the file's extension, or undefined when the extension says nothing. */
function formatFromExtension(path) {
    return BY_EXTENSION[(0,external_node_path_.extname)(path).toLowerCase()];
}
/**
 * Guesses the format of text whose extension says nothing (`.txt`, `.metrics`, none):
 * `{` or `[` first → JSON; a tab in the first line → TSV; a comma and no `: ` in the first line → CSV;
 * otherwise YAML.
 */
function sniffFormat(text) {
    const body = text.replace(/^\uFEFF/, "").trimStart();
    if (body.startsWith("{") || body.startsWith("["))
        return "json";
    const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
    if (firstLine.includes("\t"))
        return "tsv";
    if (firstLine.includes(",") && !/:\s/.test(firstLine))
        return "csv";
    return "yaml";
}
/** Reads one metrics file; the format comes from the extension, else from the content. */
async function readMetricsFile(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, "utf8");
    }
    catch (error) {
        const code = error.code;
        const reason = code === "ENOENT" ? "file not found" : `cannot read the file (${code ?? String(error)})`;
        throw new source_error_SourceError({ file: path }, reason);
    }
    return parseMetrics(text, formatFromExtension(path) ?? "auto", path);
}
/** Parses metrics text; `sourceName` is the file name errors point at. */
function parseMetrics(text, format, sourceName) {
    const resolved = format === "auto" ? sniffFormat(text) : format;
    return { file: sourceName, format: resolved, metrics: parseAs(text, resolved, sourceName) };
}
function parseAs(text, format, file) {
    switch (format) {
        case "json":
            return flattenMetrics(parseJson(text, file), file);
        case "yaml":
            return flattenMetrics(parseYaml(text, file), file);
        case "csv":
            return readTable(text, ",", file);
        case "tsv":
            return readTable(text, "\t", file);
    }
}
function parseYaml(text, file) {
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter: new dist/* LineCounter */.HN(), prettyErrors: true });
    const [error] = document.errors;
    if (error)
        throw yaml_error_fromYamlError(error, file);
    return document.toJS();
}

;// CONCATENATED MODULE: ./packages/metrics/src/index.ts


























;// CONCATENATED MODULE: ./actions/build-model-image/src/metrics-label.ts


const MAX_LENGTH = 256;
/**
 * The metrics file as a one-line label value, `accuracy=0.953, f1=0.947`: numbers only (rounded to 4
 * significant digits), in file order, cut at whole entries to stay short.
 */
async function metricsSummary(path) {
    let metrics;
    try {
        ({ metrics } = await readMetricsFile(path));
    }
    catch (error) {
        if (error instanceof source_error_SourceError) {
            throw new kit_src/* UserError */.yo(`Input 'metrics': ${error.message}`, {
                file: error.location.file,
                ...(error.location.line !== undefined ? { line: error.location.line } : {}),
                ...(error.location.column !== undefined ? { column: error.location.column } : {}),
            });
        }
        throw error;
    }
    let summary = "";
    for (const [name, value] of metrics) {
        if (typeof value !== "number" || !Number.isFinite(value))
            continue;
        const entry = `${name}=${Number(value.toPrecision(4))}`;
        const next = summary ? `${summary}, ${entry}` : entry;
        if (next.length > MAX_LENGTH)
            break;
        summary = next;
    }
    return summary;
}

;// CONCATENATED MODULE: ./actions/build-model-image/src/plan.ts



/** Name, time, tags and labels of the build, from the inputs, git and the event's repository. */
async function makePlan(inputs, github, epoch, workDir) {
    const created = new Date(epoch.seconds * 1000).toISOString().replace(".000Z", "Z");
    const repository = github.payload.repository;
    const gitTags = (0,src/* defaultTags */.nK)({
        sha: github.sha,
        ref: github.ref,
        ...(repository?.default_branch ? { defaultBranch: repository.default_branch } : {}),
        ...(github.pullRequestNumber !== undefined ? { pullRequestNumber: github.pullRequestNumber } : {}),
    });
    const tags = [...new Set([...gitTags, ...inputs.tags])];
    const spdx = repository?.license?.spdx_id;
    const facts = {
        ...(github.sha ? { revision: github.sha } : {}),
        ...(github.owner ? { sourceUrl: `${github.serverUrl}/${github.owner}/${github.repo}` } : {}),
        ...(spdx && spdx !== "NOASSERTION" ? { licenses: spdx } : {}),
    };
    const metricsLabel = inputs.metrics ? await metricsSummary(inputs.metrics) : "";
    const modelName = inputs.modelName || (0,src/* modelNameFrom */.Nw)((0,external_node_path_.basename)(inputs.model));
    return {
        modelName,
        created,
        epochSeconds: epoch.seconds,
        tags,
        workDir,
        facts,
        labels: (model) => ({
            ...(0,src/* imageLabels */.J0)({
                created,
                ...facts,
                ...(tags[0] ? { version: tags[0] } : {}),
                title: modelName,
                ...(repository?.description ? { description: repository.description } : {}),
                ...(metricsLabel ? { metricsSummary: metricsLabel } : {}),
                ...model,
            }),
            ...inputs.labels,
        }),
        log: (line) => console.log(line),
    };
}


/***/ }),

/***/ 4675:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ publishOutcome)
/* harmony export */ });
/* harmony import */ var _mlops_actions_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4456);

/** Outputs, job summary and report (its data is documented by report-data.schema.json). */
async function publishOutcome(inputs, outcome, epoch) {
    const name = `${inputs.target.registry}/${inputs.target.repository}`;
    const count = (what) => outcome.blobs.filter((b) => b.result === what).length;
    const blobs = {
        uploaded: count("uploaded"),
        mounted: count("mounted"),
        exists: count("exists"),
        notPushed: count("not-pushed"),
    };
    (0,_mlops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH)("image", `${name}@${outcome.digest}`);
    (0,_mlops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH)("digest", outcome.digest);
    (0,_mlops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH)("tags", outcome.tags);
    (0,_mlops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .addHeading */ .CB)("Build model image");
    (0,_mlops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .addTable */ .GC)(["", ""], [
        [inputs.format === "modelpack" ? "artifact" : "image", `${name}@${outcome.digest}`],
        ["tags", outcome.tags.join(", ") || "(not pushed)"],
        ["model", `${outcome.model.framework}, ${outcome.model.files} file(s), ${outcome.model.sha256}`],
        ...(outcome.base ? [["base", `${outcome.base.image}@${outcome.base.digest}`]] : []),
        ...(outcome.platforms.length
            ? [["platforms", outcome.platforms.map((p) => p.platform).join(", ")]]
            : []),
        ["blobs", `${blobs.uploaded} uploaded, ${blobs.mounted} mounted, ${blobs.exists} already there`],
        ...(outcome.smoke ? [["smoke test", smokeLine(outcome.smoke)]] : []),
    ]);
    await (0,_mlops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .writeSummary */ .Sy)();
    const smokeFailed = outcome.smoke?.status === "fail";
    const summary = smokeFailed
        ? `smoke test failed, nothing pushed: ${outcome.smoke?.summary}`
        : inputs.push
            ? `pushed ${name}@${outcome.digest} (${outcome.tags.length} tags, ${blobs.uploaded} blobs uploaded)`
            : `built ${name}@${outcome.digest} (not pushed)`;
    await (0,_mlops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .writeReport */ .u5)({
        action: "build-model-image",
        status: smokeFailed ? "fail" : outcome.smoke?.status === "skipped" ? "warn" : "pass",
        summary,
        data: {
            image: name,
            digest: outcome.digest,
            format: inputs.format,
            mediaType: outcome.mediaType,
            pushed: inputs.push && !smokeFailed,
            tags: outcome.tags,
            model: outcome.model,
            ...(outcome.base ? { base: outcome.base } : {}),
            platforms: outcome.platforms,
            blobs,
            sourceDateEpoch: epoch,
            labels: outcome.labels,
            ...(outcome.smoke ? { smoke: outcome.smoke } : {}),
        },
    });
    if (smokeFailed) {
        process.exitCode = 1;
        (0,_mlops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .annotate */ .fz)({ level: "error", message: `Smoke test failed, nothing was pushed: ${outcome.smoke?.summary}` });
    }
}
function smokeLine(smoke) {
    const where = smoke.runtime ? ` (${smoke.runtime}, ${smoke.platform}, ${smoke.seconds} s)` : "";
    return `${smoke.status}: ${smoke.summary}${where}`;
}


/***/ }),

/***/ 4779:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ explainError)
/* harmony export */ });
/* harmony import */ var _mlops_actions_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4456);
/* harmony import */ var _mlops_actions_oci__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5900);


/** Registry and model problems are the user's to fix: one line, with what to do about it. */
function explainError(error, context) {
    if (error instanceof _mlops_actions_oci__WEBPACK_IMPORTED_MODULE_1__/* .FrameworkDetectionError */ .g1)
        return new _mlops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input 'model': ${error.message}`);
    if (error instanceof _mlops_actions_oci__WEBPACK_IMPORTED_MODULE_1__/* .ImageBuildError */ .qY)
        return new _mlops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(error.message);
    if (!(error instanceof _mlops_actions_oci__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl))
        return error;
    if (!error.isAuthError)
        return new _mlops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Registry error: ${error.message}`);
    const target = `${context.registry}/${context.repository}`;
    const hint = context.registry === "ghcr.io"
        ? "give the job `permissions: packages: write`, and if the package already exists, give this repository write access in the package's settings (Manage Actions access)"
        : "check registry-username and registry-password and that this user may push to the repository";
    return new _mlops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Access to ${target} was refused (${error.status}): ${hint}. ${error.message}`);
}


/***/ }),

/***/ 7020:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ sourceDateEpoch)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _mlops_actions_kit__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4456);


/**
 * The build time, in seconds: `SOURCE_DATE_EPOCH` when set (reproducible-builds.org), else the commit
 * time of HEAD in the workspace, else 0 — never the clock, which would change the digest on every build.
 */
function sourceDateEpoch(workspace, env = process.env) {
    const given = env.SOURCE_DATE_EPOCH?.trim();
    if (given) {
        if (!/^\d+$/.test(given))
            throw (0,_mlops_actions_kit__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)("SOURCE_DATE_EPOCH (environment)", given, "whole seconds since 1970");
        return { seconds: Number(given), from: "SOURCE_DATE_EPOCH" };
    }
    try {
        const out = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)("git", ["log", "-1", "--format=%ct"], {
            cwd: workspace,
            encoding: "utf8",
            stdio: ["ignore", "pipe", "ignore"],
        });
        if (/^\d+$/.test(out.trim()))
            return { seconds: Number(out.trim()), from: "commit time" };
    }
    catch {
        // not a git checkout
    }
    return { seconds: 0, from: "default (no SOURCE_DATE_EPOCH, no git commit)" };
}


/***/ }),

/***/ 4456:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  yo: () => (/* reexport */ UserError),
  CB: () => (/* reexport */ addHeading),
  GC: () => (/* reexport */ addTable),
  fz: () => (/* reexport */ annotate),
  Vt: () => (/* reexport */ getBooleanInput),
  SD: () => (/* reexport */ getContext),
  l0: () => (/* reexport */ getDurationInput),
  iv: () => (/* reexport */ getEnumInput),
  DF: () => (/* reexport */ getListInput),
  i5: () => (/* reexport */ getNumberInput),
  y2: () => (/* reexport */ getPathInput),
  gQ: () => (/* reexport */ getStringInput),
  aY: () => (/* reexport */ invalidInput),
  dK: () => (/* reexport */ mask),
  eF: () => (/* reexport */ run),
  uH: () => (/* reexport */ setOutput),
  zf: () => (/* reexport */ workspace_workspaceDir),
  Uc: () => (/* reexport */ workspace_workspaceRelative),
  u5: () => (/* reexport */ writeReport),
  Sy: () => (/* reexport */ writeSummary)
});

// UNUSED EXPORTS: ANNOTATIONS_PER_LEVEL, ARTIFACT_SERVICE_MISSING, MIN_MASK_LENGTH, REPORT_SCHEMA, addCodeBlock, addDetails, addParagraph, addToSummary, annotateAll, artifactServiceAvailable, buildReport, cacheServiceAvailable, codeBlockHtml, debug, detailsHtml, escapeInlineCode, escapeMarkdown, getGlobInput, headingHtml, html, info, isDebug, isUserError, limitAnnotations, missingInput, parseDuration, rawInput, reportsDir, resolveInWorkspace, runPost, splitList, tableHtml, text

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./packages/kit/src/random-hex.ts
/**
 * `digits` random hexadecimal digits, from `Math.random`. No caller needs a secret: an output's
 * delimiter is checked against the value it wraps, and a report's file is created exclusively (`wx`).
 * `node:crypto` would load ~20 more of Node's modules at every action's start (~7 ms, measured on
 * validate-data's bundle) for them.
 */
function randomHex(digits) {
    let text = "";
    while (text.length < digits) {
        text += Math.floor(Math.random() * 0x1_0000_0000)
            .toString(16)
            .padStart(8, "0");
    }
    return text.slice(0, digits);
}

;// CONCATENATED MODULE: ./packages/kit/src/workflow-commands.ts



/** The trimmed value of `INPUT_<NAME>` (upper-cased, spaces as `_`), "" when not given. */
function inputValue(name) {
    return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
/** Sets a step output: in the `GITHUB_OUTPUT` file, or as a `set-output` command without one. */
function writeOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT;
    if (file) {
        appendFileCommand("OUTPUT", file, keyValueMessage(name, value));
        return;
    }
    process.stdout.write(external_node_os_.EOL);
    issueCommand("set-output", { name }, value);
}
/** `::add-mask::`: the runner replaces the value by *** in the log from now on. */
function addMask(secret) {
    issueCommand("add-mask", {}, secret);
}
/** True when the run has debug logging on (`RUNNER_DEBUG=1`). */
function isDebug() {
    return process.env.RUNNER_DEBUG === "1";
}
/** A line of the step log. */
function workflow_commands_info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
/** A line shown only with debug logging on. */
function debug(message) {
    issueCommand("debug", {}, message);
}
function workflow_commands_annotation(level, message, properties = {}) {
    const { title, file, startLine, endLine, startColumn, endColumn } = properties;
    issueCommand(level, { title, file, line: startLine, endLine, col: startColumn, endColumn }, message);
}
/** `::command key=value,...::message`; properties without a value (or 0, as @actions/core) are left out. */
function issueCommand(command, properties, message) {
    const pairs = Object.entries(properties)
        .filter(([, value]) => Boolean(value))
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    const head = pairs.length > 0 ? `::${command} ${pairs.join(",")}` : `::${command}`;
    process.stdout.write(`${head}::${escapeData(message)}${external_node_os_.EOL}`);
}
function escapeData(text) {
    return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
/** `name<<delimiter` lines with a random delimiter that neither the name nor the value contains. */
function keyValueMessage(name, value) {
    // Shaped as @actions/core's (a UUID after the prefix).
    const hex = randomHex(32);
    const delimiter = `ghadelimiter_${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected input: the output '${name}' contains the delimiter "${delimiter}"`);
    }
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}`;
}
function appendFileCommand(command, file, message) {
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file} (GITHUB_${command})`);
    (0,external_node_fs_.appendFileSync)(file, `${message}${external_node_os_.EOL}`, { encoding: "utf8" });
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./packages/kit/src/workspace.ts

/** The checked-out repository: GITHUB_WORKSPACE on a runner, the current directory elsewhere. */
function workspace_workspaceDir() {
    return external_node_path_default().resolve(process.env.GITHUB_WORKSPACE || process.cwd());
}
/** Resolves a user-given path against the workspace (absolute paths are kept). */
function resolveInWorkspace(file) {
    return external_node_path_default().resolve(workspace_workspaceDir(), file);
}
/**
 * The path GitHub wants in an annotation: relative to the workspace with forward slashes.
 * A path outside the workspace cannot be linked by GitHub, so it is returned unchanged.
 */
function workspace_workspaceRelative(file) {
    const absolute = resolveInWorkspace(file);
    const relative = external_node_path_default().relative(workspace_workspaceDir(), absolute);
    if (relative === "" || relative.startsWith("..") || external_node_path_default().isAbsolute(relative))
        return file;
    return relative.split((external_node_path_default()).sep).join("/");
}

;// CONCATENATED MODULE: ./packages/kit/src/annotations.ts


/** GitHub shows at most this many annotations of each level per step. */
const ANNOTATIONS_PER_LEVEL = 10;
function annotate(annotation) {
    const properties = {};
    if (annotation.title)
        properties.title = annotation.title;
    if (annotation.file)
        properties.file = workspace_workspaceRelative(annotation.file);
    if (annotation.line !== undefined)
        properties.startLine = annotation.line;
    if (annotation.endLine !== undefined)
        properties.endLine = annotation.endLine;
    if (annotation.column !== undefined)
        properties.startColumn = annotation.column;
    if (annotation.endColumn !== undefined)
        properties.endColumn = annotation.endColumn;
    workflow_commands_annotation(annotation.level, annotation.message, properties);
}
/**
 * Keeps what GitHub will display: per level the first `perLevel` annotations (callers pass them
 * worst first), errors before warnings before notices. When a level overflows, its last slot becomes a
 * line that says how many were left out, so the count stays within GitHub's limit.
 */
function limitAnnotations(annotations, perLevel = ANNOTATIONS_PER_LEVEL) {
    const shown = [];
    const omitted = { error: [], warning: [], notice: [] };
    for (const level of ["error", "warning", "notice"]) {
        const ofLevel = annotations.filter((annotation) => annotation.level === level);
        if (ofLevel.length <= perLevel) {
            shown.push(...ofLevel);
            continue;
        }
        const keep = Math.max(perLevel - 1, 0);
        shown.push(...ofLevel.slice(0, keep));
        omitted[level] = ofLevel.slice(keep);
        const noun = level === "error" ? "errors" : level === "warning" ? "warnings" : "notices";
        shown.push({ level, message: `${omitted[level].length} more ${noun} not shown here; see the step log` });
    }
    return { shown, omitted };
}
/**
 * Emits annotations within GitHub's per-step limits; the ones left out are still written to the log
 * as plain lines, so nothing is lost.
 */
function annotateAll(annotations, perLevel) {
    const limited = limitAnnotations(annotations, perLevel);
    for (const annotation of limited.shown)
        annotate(annotation);
    for (const annotation of Object.values(limited.omitted).flat())
        info(formatPlain(annotation));
    return limited;
}
function formatPlain(annotation) {
    const where = annotation.file
        ? `${workspaceRelative(annotation.file)}${annotation.line !== undefined ? `:${annotation.line}` : ""}${annotation.column !== undefined ? `:${annotation.column}` : ""}: `
        : "";
    return `${annotation.level}: ${where}${annotation.message}`;
}

;// CONCATENATED MODULE: ./packages/kit/src/errors.ts
/**
 * A mistake the user can fix (a bad input, a bad file). It fails the step with one clear line and
 * never a stack trace. Any other thrown Error is treated as a bug in the action.
 */
class UserError extends Error {
    file;
    line;
    column;
    constructor(message, location = {}, options) {
        super(message, options);
        this.name = "UserError";
        if (location.file !== undefined)
            this.file = location.file;
        if (location.line !== undefined)
            this.line = location.line;
        if (location.column !== undefined)
            this.column = location.column;
    }
}
function isUserError(error) {
    return error instanceof UserError;
}

;// CONCATENATED MODULE: ./packages/kit/src/context.ts



function getContext(env = process.env) {
    const repository = env.GITHUB_REPOSITORY ?? "";
    const [owner = "", repo = ""] = repository.split("/", 2);
    const payload = readEventPayload(env.GITHUB_EVENT_PATH);
    const eventName = env.GITHUB_EVENT_NAME ?? "";
    const serverUrl = trimSlash(env.GITHUB_SERVER_URL || "https://github.com");
    const runId = toInteger(env.GITHUB_RUN_ID, 0);
    const runAttempt = toInteger(env.GITHUB_RUN_ATTEMPT, 1);
    const pullRequestNumber = pullRequestNumberOf(eventName, payload);
    return {
        owner,
        repo,
        repository,
        sha: env.GITHUB_SHA ?? "",
        ref: env.GITHUB_REF ?? "",
        refName: env.GITHUB_REF_NAME ?? "",
        eventName,
        payload,
        ...(pullRequestNumber !== undefined && { pullRequestNumber }),
        runId,
        runAttempt,
        serverUrl,
        apiUrl: trimSlash(env.GITHUB_API_URL || "https://api.github.com"),
        graphqlUrl: trimSlash(env.GITHUB_GRAPHQL_URL || "https://api.github.com/graphql"),
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        runnerTemp: env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
        job: env.GITHUB_JOB ?? "",
        workflow: env.GITHUB_WORKFLOW ?? "",
        actor: env.GITHUB_ACTOR ?? "",
        runUrl: runUrlOf(serverUrl, owner, repo, runId, runAttempt),
    };
}
function readEventPayload(file) {
    if (!file)
        return {};
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, "utf8");
    }
    catch (error) {
        if (error.code === "ENOENT")
            return {};
        throw error;
    }
    try {
        const parsed = JSON.parse(text);
        return isObject(parsed) ? parsed : {};
    }
    catch (error) {
        throw new UserError(`The event file ${file} (GITHUB_EVENT_PATH) is not valid JSON`, { file }, { cause: error });
    }
}
function pullRequestNumberOf(eventName, payload) {
    const pullRequest = payload.pull_request;
    if (isObject(pullRequest) && typeof pullRequest.number === "number")
        return pullRequest.number;
    if (eventName === "workflow_run" && isObject(payload.workflow_run)) {
        const pulls = payload.workflow_run.pull_requests;
        const first = Array.isArray(pulls) ? pulls[0] : undefined;
        if (isObject(first) && typeof first.number === "number")
            return first.number;
    }
    // A comment on a pull request arrives as an issue_comment whose issue has a pull_request key.
    const issue = payload.issue;
    if (isObject(issue) && isObject(issue.pull_request) && typeof issue.number === "number")
        return issue.number;
    return undefined;
}
function runUrlOf(serverUrl, owner, repo, runId, attempt) {
    if (!owner || !repo || runId === 0)
        return "";
    const base = `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`;
    return attempt > 1 ? `${base}/attempts/${attempt}` : base;
}
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function toInteger(text, fallback) {
    const value = Number(text);
    return text && Number.isSafeInteger(value) && value >= 0 ? value : fallback;
}
function trimSlash(url) {
    return url.replace(/\/+$/, "");
}

;// CONCATENATED MODULE: ./packages/kit/src/duration.ts
const UNIT_MS = {
    ms: 1,
    s: 1_000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
};
const PLAIN_SECONDS = /^\d+(?:\.\d+)?$/;
const WHOLE = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+$/;
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/g;
/**
 * Parses `90s`, `15m`, `2h`, `1h30m`, `500ms`, `1d` or a plain number of seconds into milliseconds.
 * Each unit may appear once. Returns undefined for anything else (negative values included).
 */
function parseDuration(text) {
    const value = text.trim();
    if (PLAIN_SECONDS.test(value))
        return Math.round(Number(value) * 1_000);
    if (!WHOLE.test(value))
        return undefined;
    const seen = new Set();
    let total = 0;
    for (const [, amount, unit] of value.matchAll(PART)) {
        if (amount === undefined || unit === undefined || seen.has(unit))
            return undefined;
        seen.add(unit);
        total += Number(amount) * (UNIT_MS[unit] ?? Number.NaN);
    }
    return Number.isFinite(total) ? Math.round(total) : undefined;
}

;// CONCATENATED MODULE: ./packages/kit/src/inputs.ts






/** The raw, trimmed input ("" when not given); `INPUT_` + name upper-cased with spaces as `_`. */
function rawInput(name) {
    return inputValue(name);
}
function invalidInput(name, value, expected) {
    return new UserError(`Input '${name}' has value '${showValue(value)}': expected ${expected}`);
}
function missingInput(name) {
    return new UserError(`Input '${name}' is required but was not given`);
}
function showValue(value) {
    const oneLine = value.replace(/\r?\n/g, "\\n");
    return oneLine.length > 120 ? `${oneLine.slice(0, 117)}...` : oneLine;
}
function read(name, options, parse) {
    const value = rawInput(name);
    if (value === "") {
        if (options.required)
            throw missingInput(name);
        return options.default;
    }
    return parse(value);
}
function getStringInput(name, options = {}) {
    return read(name, options, (value) => value);
}
const TRUE_VALUES = ["true", "True", "TRUE"];
const FALSE_VALUES = ["false", "False", "FALSE"];
function getBooleanInput(name, options = {}) {
    return read(name, options, (value) => {
        if (TRUE_VALUES.includes(value))
            return true;
        if (FALSE_VALUES.includes(value))
            return false;
        throw invalidInput(name, value, "true or false (also True, TRUE, False, FALSE)");
    });
}
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
function getNumberInput(name, options = {}) {
    return read(name, options, (value) => {
        const number = Number(value);
        const ok = DECIMAL.test(value) &&
            Number.isFinite(number) &&
            (!options.integer || Number.isInteger(number)) &&
            (options.min === undefined || number >= options.min) &&
            (options.max === undefined || number <= options.max);
        if (!ok)
            throw invalidInput(name, value, describeNumber(options));
        return number;
    });
}
function describeNumber({ min, max, integer }) {
    const kind = integer ? "an integer" : "a number";
    if (min !== undefined && max !== undefined)
        return `${kind} between ${min} and ${max}`;
    if (min !== undefined)
        return `${kind} >= ${min}`;
    if (max !== undefined)
        return `${kind} <= ${max}`;
    return kind;
}
function getEnumInput(name, options) {
    return read(name, options, (value) => {
        const match = options.values.find((accepted) => accepted.toLowerCase() === value.toLowerCase());
        if (match === undefined)
            throw invalidInput(name, value, `one of ${options.values.join(", ")}`);
        return match;
    });
}
function getDurationInput(name, options = {}) {
    return read(name, options, (value) => {
        const ms = parseDuration(value);
        if (ms === undefined)
            throw invalidInput(name, value, "a duration like 90s, 15m or 1h30m");
        return ms;
    });
}
function getPathInput(name, options = {}) {
    const value = rawInput(name) || options.default;
    if (value === undefined || value === "") {
        if (options.required)
            throw missingInput(name);
        return undefined;
    }
    const resolved = resolveInWorkspace(value);
    const kind = options.kind ?? "any";
    if (options.mustExist === false)
        return resolved;
    const stats = (0,external_node_fs_.statSync)(resolved, { throwIfNoEntry: false });
    const fits = stats !== undefined && (kind === "any" || (kind === "file" ? stats.isFile() : stats.isDirectory()));
    if (!fits) {
        const what = { file: "an existing file", dir: "an existing directory", any: "an existing path" }[kind];
        throw invalidInput(name, value, `${what} (looked at ${resolved})`);
    }
    return resolved;
}
/**
 * A list, one item a line (and comma-separated when `commas`). Items are trimmed; blank items and
 * items starting with `#` (comment lines) are dropped. Not given = [] unless required.
 */
function getListInput(name, options = {}) {
    const items = splitList(rawInput(name), options.commas ?? false);
    if (items.length === 0 && options.required)
        throw missingInput(name);
    return items;
}
function splitList(text, commas) {
    return text
        .split(/\r?\n/)
        .filter((line) => !line.trim().startsWith("#"))
        .flatMap((line) => (commas ? line.split(",") : [line]))
        .map((item) => item.trim())
        .filter((item) => item !== "");
}
/**
 * Files matched by the input's glob patterns (one a line, `!` negates, `#` comments; @actions/glob
 * syntax), relative patterns taken from GITHUB_WORKSPACE. Returns sorted absolute paths.
 */
async function getGlobInput(name, options = {}) {
    const patterns = splitList(rawInput(name), false);
    if (patterns.length === 0) {
        if (options.required)
            throw missingInput(name);
        return [];
    }
    const literal = literalFiles(patterns);
    if (literal)
        return literal;
    const anchored = patterns.map(anchorPattern).join("\n");
    // Loaded on use: most actions never read a glob input and should not pay for the module at start-up.
    const glob = await __nccwpck_require__.e(/* import() */ 660).then(__nccwpck_require__.bind(__nccwpck_require__, 3660));
    const globber = await glob.create(anchored, {
        matchDirectories: options.matchDirectories ?? false,
    });
    const files = (await globber.glob()).sort();
    if (files.length === 0 && !options.allowEmpty) {
        throw invalidInput(name, patterns.join("\n"), `a glob that matches at least one file (nothing matched in ${workspaceDir()})`);
    }
    return files;
}
/** Characters that make a pattern more than a path (@actions/glob and minimatch syntax), or a comment. */
const PATTERN_SYNTAX = /[*?[\]{}()!#~\\]/;
/**
 * The files the patterns name, when each is a plain path to an existing file: what @actions/glob would
 * return (absolute, normalized, sorted, no repeats), without loading it (and the 150 KB it brings).
 */
function literalFiles(patterns) {
    if (patterns.some((pattern) => PATTERN_SYNTAX.test(pattern)))
        return undefined;
    const files = patterns.map((pattern) => path.resolve(resolveGlobBase(pattern)));
    if (!files.every((file) => statSync(file, { throwIfNoEntry: false })?.isFile()))
        return undefined;
    return [...new Set(files)].sort();
}
function anchorPattern(pattern) {
    const negated = pattern.startsWith("!");
    const body = negated ? pattern.slice(1) : pattern;
    return `${negated ? "!" : ""}${resolveGlobBase(body)}`;
}
function resolveGlobBase(pattern) {
    if (path.isAbsolute(pattern) || pattern.startsWith("~"))
        return pattern;
    return path.join(workspaceDir(), pattern);
}

;// CONCATENATED MODULE: ./packages/kit/src/mask.ts

/** Values shorter than this are not masked: masking "1" or "ab" would garble every log line. */
const MIN_MASK_LENGTH = 4;
const registered = new Set();
/**
 * Registers a secret with the runner (`::add-mask::`) so it is replaced by *** in logs. A multi-line
 * secret is registered line by line (the runner matches single lines), and each value also in the
 * encodings it commonly leaks in: base64 (as in an Authorization: Basic header) and URL encoding.
 * Empty and very short values are ignored.
 */
function mask(secret) {
    if (!secret)
        return;
    const lines = secret.split(/\r?\n/).map((line) => line.trim());
    for (const value of new Set([secret.trim(), ...lines])) {
        if (value.includes("\n"))
            continue;
        for (const variant of variantsOf(value))
            register(variant);
    }
}
function variantsOf(value) {
    if (value.length < MIN_MASK_LENGTH)
        return [];
    const base64 = Buffer.from(value, "utf8").toString("base64");
    // Inside a longer base64 text only whole 3-byte groups encode the same way; mask that stable prefix too.
    const wholeGroups = Buffer.from(value, "utf8").subarray(0, Math.floor(Buffer.byteLength(value) / 3) * 3);
    const stableBase64 = wholeGroups.toString("base64");
    return [value, base64, stableBase64, encodeURIComponent(value)].filter((variant) => variant.length >= MIN_MASK_LENGTH);
}
function register(value) {
    if (registered.has(value))
        return;
    registered.add(value);
    addMask(value);
}

;// CONCATENATED MODULE: ./packages/kit/src/outputs.ts

/**
 * Sets a step output. Strings are written as they are; numbers and booleans as their text; objects and
 * arrays as JSON (read them in a workflow with `fromJSON(...)`).
 */
function setOutput(name, value) {
    writeOutput(name, typeof value === "string" ? value : JSON.stringify(value));
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./packages/kit/src/report.ts





const REPORT_SCHEMA = "mlops-actions/report@1";
const ACTION_NAME = /^[a-z0-9][a-z0-9-]*$/;
const STATUSES = ["pass", "warn", "fail", "error"];
function buildReport(input, context, now = new Date()) {
    // These are programming errors in an action, not user mistakes.
    if (!ACTION_NAME.test(input.action))
        throw new Error(`Invalid action name for a report: '${input.action}'`);
    if (!STATUSES.includes(input.status))
        throw new Error(`Invalid report status: '${input.status}'`);
    if (typeof input.data !== "object" || input.data === null || Array.isArray(input.data)) {
        throw new Error("Report data must be an object");
    }
    const summary = input.summary.replace(/\s+/g, " ").trim() || input.status;
    return {
        schema: REPORT_SCHEMA,
        action: input.action,
        status: input.status,
        summary: summary.length > 1000 ? `${summary.slice(0, 997)}...` : summary,
        git: { sha: context.sha, ref: context.ref },
        run: { id: context.runId, attempt: context.runAttempt, url: context.runUrl },
        ...(context.job && { job: context.job }),
        data: input.data,
        createdAt: now.toISOString(),
    };
}
/** Where reports land: `$RUNNER_TEMP/mlops-actions/reports/`; metrics-comment reads them from here. */
function reportsDir(context = getContext()) {
    return external_node_path_default().join(context.runnerTemp, "mlops-actions", "reports");
}
/**
 * Writes the step's report atomically (a temporary file renamed into place, so readers never see
 * half a report) to `<reportsDir>/<action>-<job>-<unique>.json`, sets the output `report` to its path
 * and returns the path.
 */
async function writeReport(input, context = getContext()) {
    const report = buildReport(input, context);
    const dir = reportsDir(context);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const unique = `${Date.now().toString(36)}-${randomHex(8)}`;
    const job = context.job.replace(/[^A-Za-z0-9_.-]/g, "_");
    const file = external_node_path_default().join(dir, `${[report.action, job, unique].filter(Boolean).join("-")}.json`);
    const temporary = `${file}.${process.pid}.tmp`;
    try {
        await (0,promises_.writeFile)(temporary, `${JSON.stringify(report, null, 2)}\n`, { flag: "wx" });
        await (0,promises_.rename)(temporary, file);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
    writeOutput("report", file);
    return file;
}

;// CONCATENATED MODULE: ./packages/kit/src/run.ts



/**
 * Runs an action's main function. A UserError fails the step with exactly one `::error::` line
 * (pointing at its file and line when known) and no stack; anything else is reported as an internal
 * error, with its stack only in debug mode (RUNNER_DEBUG=1). Failure sets process.exitCode = 1 and
 * lets Node exit on its own, so stdout is flushed.
 */
async function run(main) {
    try {
        await main();
    }
    catch (error) {
        process.exitCode = 1;
        report(error, "error");
    }
}
/**
 * For `post:` steps (cleanup): a failure there is reported as a warning and does not fail the job,
 * because the step's real work already succeeded or failed on its own.
 */
async function runPost(post) {
    try {
        await post();
    }
    catch (error) {
        report(error, "warning");
    }
}
function report(error, level) {
    if (isUserError(error)) {
        annotate({
            level,
            message: error.message,
            ...(error.file !== undefined && { file: error.file }),
            ...(error.line !== undefined && { line: error.line }),
            ...(error.column !== undefined && { column: error.column }),
        });
        return;
    }
    const message = error instanceof Error ? error.message : String(error);
    annotate({
        level,
        message: `Internal error in mlops-actions (a bug, please report it): ${message}`,
    });
    if (isDebug()) {
        const stack = error instanceof Error && error.stack ? error.stack : String(error);
        for (const line of stack.split("\n"))
            debug(line);
    }
    else {
        workflow_commands_info("Re-run with debug logging enabled (RUNNER_DEBUG=1) to see the stack trace.");
    }
}

;// CONCATENATED MODULE: ./packages/kit/src/markdown.ts
// Characters that could start markdown or HTML syntax. Written as numeric character references they
// render as themselves both in markdown text and inside HTML blocks (where backslash escapes would
// show literally), and `&#124;` does not split a table cell.
const SYNTAX = /[&<>"'`\\*_[\]()#+\-!|~$]/g;
const ZERO_WIDTH_JOINER = "\u200d";
/**
 * Makes user text safe to place inline in markdown or in a job summary's HTML: no HTML tags, no
 * images or links, no @mentions that notify, no autolinked URLs, nothing that breaks a table row.
 * The result is one line (newlines become `<br>`) and reads the same as the input.
 */
function markdown_escapeMarkdown(text) {
    return (text
        .replace(SYNTAX, (char) => `&#${char.charCodeAt(0)};`)
        // `@name` (and `@org/team`) notifies; a zero-width joiner after `@` stops the mention.
        .replace(/@(?=[\p{L}\p{N}])/gu, `@${ZERO_WIDTH_JOINER}`)
        // GitHub autolinks `http://`, `https://` and `www.`; a joiner stops the match, the text reads the same.
        .replace(/:\/\//g, `:${ZERO_WIDTH_JOINER}//`)
        .replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}${ZERO_WIDTH_JOINER}.`)
        .replace(/\r\n|\r|\n/g, "<br>"));
}
/** Inline code from user text: backticks cannot close it early and the content is not interpreted. */
function escapeInlineCode(text) {
    return `<code>${markdown_escapeMarkdown(text)}</code>`;
}

;// CONCATENATED MODULE: ./packages/kit/src/summary.ts





function html(trusted) {
    return { html: trusted };
}
function summary_text(userText) {
    return { html: escapeMarkdown(userText) };
}
function cellHtml(cell) {
    if (typeof cell === "number")
        return String(cell);
    return typeof cell === "string" ? markdown_escapeMarkdown(cell) : cell.html;
}
function headingHtml(title, level = 2) {
    return html(`<h${level}>${markdown_escapeMarkdown(title)}</h${level}>`);
}
function tableHtml(header, rows) {
    const head = `<tr>${header.map((cell) => `<th>${cellHtml(cell)}</th>`).join("")}</tr>`;
    const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cellHtml(cell)}</td>`).join("")}</tr>`);
    return html(`<table>${head}${body.join("")}</table>`);
}
/** A collapsible section: the label is user text, the content trusted markup. */
function detailsHtml(label, content, open = false) {
    return html(`<details${open ? " open" : ""}><summary>${escapeMarkdown(label)}</summary>\n\n${content.html}\n\n</details>`);
}
/** A code block whose content is shown verbatim (HTML-escaped, never interpreted). */
function codeBlockHtml(code, lang) {
    const escaped = code.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    const langAttribute = lang && /^[\w+-]+$/.test(lang) ? ` lang="${lang}"` : "";
    return html(`<pre${langAttribute}><code>${escaped}</code></pre>`);
}
/** The section being built, written (and emptied) by `writeSummary`. */
let buffer = "";
function addToSummary(...parts) {
    for (const part of parts)
        buffer += part.html + external_node_os_.EOL;
}
function addHeading(title, level = 2) {
    addToSummary(headingHtml(title, level));
}
function addTable(header, rows) {
    addToSummary(tableHtml(header, rows));
}
function addDetails(label, content, open = false) {
    addToSummary(detailsHtml(label, content, open));
}
function addCodeBlock(code, lang) {
    addToSummary(codeBlockHtml(code, lang));
}
function addParagraph(userText) {
    addToSummary(html(`<p>${escapeMarkdown(userText)}</p>`));
}
/**
 * Appends the buffered section to the job summary file. Without GITHUB_STEP_SUMMARY (a local run) the
 * buffer is printed to the log instead, so nothing is lost.
 */
async function writeSummary() {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) {
        workflow_commands_info(buffer);
        buffer = "";
        return;
    }
    try {
        await (0,promises_.access)(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has read/write permissions.`);
    }
    const section = buffer;
    await (0,promises_.appendFile)(file, section, { encoding: "utf8" });
    buffer = buffer.slice(section.length);
}

;// CONCATENATED MODULE: ./packages/kit/src/index.ts
// The action kit: what each action's src/main.ts uses. Octokit lives in "@mlops-actions/kit/github" and
// the report JSON Schema validator in "@mlops-actions/kit/report-schema", so actions that do not need
// them do not bundle them.












// The runner's log commands without @actions/core, which loads an HTTP client (undici) on import.




/***/ }),

/***/ 5900:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* reexport */ FRAMEWORKS),
  g1: () => (/* reexport */ FrameworkDetectionError),
  qY: () => (/* reexport */ ImageBuildError),
  DQ: () => (/* reexport */ MODELS_DIR),
  bP: () => (/* reexport */ RegistryClient),
  gl: () => (/* reexport */ RegistryError),
  eB: () => (/* reexport */ buildModelLayers),
  jF: () => (/* reexport */ buildModelPack),
  nK: () => (/* reexport */ defaultTags),
  yl: () => (/* reexport */ detectFramework),
  Bq: () => (/* reexport */ formatPlatform),
  JK: () => (/* reexport */ hashModelFiles),
  J0: () => (/* reexport */ imageLabels),
  jW: () => (/* reexport */ isLoopbackRegistry),
  r_: () => (/* reexport */ isValidTag),
  J8: () => (/* reexport */ listModelFiles),
  pL: () => (/* reexport */ listingDigest),
  Nw: () => (/* reexport */ modelNameFrom),
  Jb: () => (/* reexport */ modelUriFor),
  F2: () => (/* reexport */ parseReference),
  Fz: () => (/* reexport */ planImage),
  J5: () => (/* reexport */ platformMatches),
  GH: () => (/* reexport */ pushImage),
  fI: () => (/* reexport */ pushModelPack),
  py: () => (/* reexport */ writeOciArchive)
});

// UNUSED EXPORTS: DEFAULT_GZIP_LEVEL, DOCKER_CONFIG, DOCKER_FOREIGN_LAYER_GZIP, DOCKER_LAYER_GZIP, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST, GHCR_MAX_REQUEST_BYTES, INDEX_TYPES, InvalidReferenceError, MANIFEST_ACCEPT, MANIFEST_TYPES, MLSERVER_IMPLEMENTATIONS, MODELPACK_ARTIFACT_TYPE, MODELPACK_CONFIG, MODELPACK_DOC_RAW, MODELPACK_FILEPATH, MODELPACK_WEIGHT_CONFIG_RAW, MODELPACK_WEIGHT_RAW, MODEL_LABEL_PREFIX, OCI_CONFIG, OCI_INDEX, OCI_LAYER_GZIP, OCI_LAYER_TAR, OCI_LAYER_ZSTD, OCI_MANIFEST, basicAuthorization, bufferSource, buildImage, buildLayer, digestOf, extendConfig, fetchBearerToken, fileSource, formatReference, isDigest, knownRequestLimit, mlserverModelSettings, modelLayerEntries, ociLayerMediaType, parseChunkMinLength, parseRequestSizeLimit, parseWwwAuthenticate, planChunkSize, pullScope, pushScope, registryApiHost, remoteBlobSource, sanitizeTag, sha256Digest

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./packages/oci/src/blob-source.ts

function bufferSource(digest, bytes) {
    const slice = (offset, length) => bytes.subarray(offset, offset + length);
    return {
        digest,
        size: bytes.length,
        read: async (offset, length) => slice(offset, length),
        writeTo: async (sink, offset, length) => {
            if (length > 0)
                await writeChunk(sink, slice(offset, length));
        },
    };
}
/** Large reads: fewer trips through the event loop for a blob of hundreds of megabytes. */
const FILE_READ_CHUNK = 1024 * 1024;
function fileSource(digest, size, path) {
    return {
        digest,
        size,
        async read(offset, length) {
            const handle = await (0,promises_.open)(path, "r");
            try {
                const buffer = Buffer.alloc(length);
                const { bytesRead } = await handle.read(buffer, 0, length, offset);
                return buffer.subarray(0, bytesRead);
            }
            finally {
                await handle.close();
            }
        },
        writeTo: (sink, offset, length) => writeFileRange(path, offset, length, sink),
    };
}
/**
 * Copies a range of a file into `sink` through two buffers: one is read into while the other is being
 * sent, and a buffer is refilled only once the sink has taken it (its write callback). A fresh buffer per
 * read, as fs streams allocate, made V8 collect garbage every few megabytes of a large upload.
 */
async function writeFileRange(path, offset, length, sink) {
    const handle = await (0,promises_.open)(path, "r");
    try {
        const size = Math.min(FILE_READ_CHUNK, length);
        let current = { buffer: Buffer.allocUnsafe(size), sent: Promise.resolve() };
        let other = { buffer: Buffer.allocUnsafe(size), sent: Promise.resolve() };
        let position = offset;
        const end = offset + length;
        while (position < end) {
            await current.sent;
            const { bytesRead } = await handle.read(current.buffer, 0, Math.min(size, end - position), position);
            if (bytesRead === 0)
                throw new Error(`${path} ended at byte ${position}, before ${end}`);
            current.sent = writeChunk(sink, current.buffer.subarray(0, bytesRead));
            // A failed write is reported by the next wait on this buffer or by the final one.
            current.sent.catch(() => { });
            position += bytesRead;
            [current, other] = [other, current];
        }
        await Promise.all([current.sent, other.sent]);
    }
    finally {
        await handle.close();
    }
}
function writeChunk(sink, chunk) {
    return new Promise((resolve, reject) => {
        if (sink.destroyed)
            reject(new Error("the request was closed"));
        else
            sink.write(chunk, (error) => (error ? reject(error) : resolve()));
    });
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./packages/oci/src/digest.ts

const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;
function sha256Digest(data) {
    return `sha256:${(0,external_node_crypto_.createHash)("sha256").update(data).digest("hex")}`;
}
function digestOf(hash) {
    return `sha256:${hash.digest("hex")}`;
}
function isDigest(value) {
    return DIGEST_PATTERN.test(value);
}

;// CONCATENATED MODULE: ./packages/oci/src/errors.ts
/** A registry answered with an unexpected status, or could not be reached at all (status 0). */
class RegistryError extends Error {
    name = "RegistryError";
    status;
    method;
    url;
    code;
    constructor(message, details) {
        super(message);
        this.status = details.status;
        this.method = details.method;
        this.url = details.url;
        this.code = details.code;
    }
    /** 401 or 403: the credentials are missing, wrong, or lack the permission. */
    get isAuthError() {
        return this.status === 401 || this.status === 403;
    }
}
/** The first `{ errors: [{ code, message }] }` entry of an OCI distribution error body, if any. */
async function describeErrorBody(response) {
    const body = await response.text().catch(() => "");
    try {
        const parsed = JSON.parse(body);
        const first = parsed.errors?.[0];
        if (first)
            return {
                ...(first.code ? { code: first.code } : {}),
                text: `${first.code ?? ""} ${first.message ?? ""}`.trim(),
            };
    }
    catch {
        // not JSON: fall through to the raw text
    }
    return { text: body.slice(0, 200).replace(/\s+/g, " ").trim() };
}
/** The inputs cannot make an image (e.g. a platform the base does not have): the user's to fix. */
class ImageBuildError extends Error {
    name = "ImageBuildError";
}

;// CONCATENATED MODULE: ./packages/oci/src/image-config.ts
/**
 * The base image's config with our layers appended: rootfs.diff_ids, history, env, exposed ports and
 * labels merged in, `created` set. Every other field of the base (user, working dir, entrypoint, ...) is
 * kept as it was, so the runtime starts as its image intends.
 */
function extendConfig(baseConfig, changes) {
    const config = structuredClone(baseConfig);
    const runtime = { ...(config.config ?? {}) };
    const env = (runtime.Env ?? []).filter((line) => !(line.split("=")[0] in changes.env));
    runtime.Env = [...env, ...Object.entries(changes.env).map(([name, value]) => `${name}=${value}`)];
    if (!runtime.Entrypoint && !runtime.Cmd && changes.defaultCmd)
        runtime.Cmd = changes.defaultCmd;
    const ports = { ...(runtime.ExposedPorts ?? {}) };
    for (const port of changes.exposedPorts)
        ports[port] = {};
    runtime.ExposedPorts = ports;
    runtime.Labels = { ...(runtime.Labels ?? {}), ...changes.labels };
    config.config = runtime;
    config.created = changes.created;
    const rootfs = config.rootfs ?? {};
    config.rootfs = {
        type: rootfs.type ?? "layers",
        diff_ids: [...(rootfs.diff_ids ?? []), ...changes.diffIds],
    };
    config.history = [
        ...(config.history ?? []),
        ...changes.history.map((createdBy) => ({ created: changes.created, created_by: createdBy })),
    ];
    return Buffer.from(JSON.stringify(config));
}

;// CONCATENATED MODULE: ./packages/oci/src/media-types.ts
const OCI_INDEX = "application/vnd.oci.image.index.v1+json";
const OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
const OCI_CONFIG = "application/vnd.oci.image.config.v1+json";
const OCI_LAYER_TAR = "application/vnd.oci.image.layer.v1.tar";
const OCI_LAYER_GZIP = "application/vnd.oci.image.layer.v1.tar+gzip";
const OCI_LAYER_ZSTD = "application/vnd.oci.image.layer.v1.tar+zstd";
const DOCKER_MANIFEST_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
const DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
const DOCKER_CONFIG = "application/vnd.docker.container.image.v1+json";
const DOCKER_LAYER_GZIP = "application/vnd.docker.image.rootfs.diff.tar.gzip";
const DOCKER_FOREIGN_LAYER_GZIP = "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip";
const INDEX_TYPES = [OCI_INDEX, DOCKER_MANIFEST_LIST];
const MANIFEST_TYPES = [OCI_MANIFEST, DOCKER_MANIFEST];
/** The Accept header for a manifest GET: every image shape we can build on. */
const MANIFEST_ACCEPT = [...INDEX_TYPES, ...MANIFEST_TYPES];
/**
 * Docker's layer media types describe the same bytes as OCI's; an OCI manifest should only name OCI
 * types, so base layers are re-labelled (the blobs and digests stay the same, as crane does).
 */
function ociLayerMediaType(mediaType) {
    if (mediaType === DOCKER_LAYER_GZIP)
        return OCI_LAYER_GZIP;
    if (mediaType === DOCKER_FOREIGN_LAYER_GZIP)
        return "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip";
    return mediaType;
}

;// CONCATENATED MODULE: ./packages/oci/src/platform.ts
function formatPlatform(platform) {
    return `${platform.os}/${platform.architecture}${platform.variant ? `/${platform.variant}` : ""}`;
}
/** `linux/arm64` matches `linux/arm64` and `linux/arm64/v8`; `linux/arm/v7` only `linux/arm/v7`. */
function platformMatches(platform, wanted) {
    const [os, architecture, variant] = wanted.split("/");
    return (platform.os === os && platform.architecture === architecture && (!variant || platform.variant === variant));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./packages/oci/src/remote-blob.ts







/**
 * A blob of another repository (or registry), downloaded to `file` the first time its bytes are read, so
 * a layer the target already has or can mount is never downloaded at all.
 */
function remoteBlobSource(client, repository, digest, size, file) {
    let local;
    const download = async () => {
        const hash = (0,external_node_crypto_.createHash)("sha256");
        const body = await client.openBlob(repository, digest);
        const hashing = new external_node_stream_.Transform({
            transform(chunk, _encoding, callback) {
                hash.update(chunk);
                callback(null, chunk);
            },
        });
        await (0,external_node_stream_promises_namespaceObject.pipeline)(external_node_stream_.Readable.fromWeb(body), hashing, (0,external_node_fs_.createWriteStream)(file));
        const actual = digestOf(hash);
        if (actual !== digest) {
            throw new RegistryError(`base blob ${repository}@${digest} arrived with digest ${actual}`, {
                status: 200,
                method: "GET",
                url: repository,
            });
        }
        return fileSource(digest, size, file);
    };
    return {
        digest,
        size,
        async read(offset, length) {
            local ??= download();
            return (await local).read(offset, length);
        },
        async writeTo(sink, offset, length) {
            local ??= download();
            return (await local).writeTo(sink, offset, length);
        },
    };
}

;// CONCATENATED MODULE: ./packages/oci/src/build-image.ts








/**
 * Appends layers to every platform of a base image, straight through the registries: the base's
 * manifests and configs are read, new configs and manifests written, and only blobs the target lacks
 * are sent (HEAD, then a cross-repository mount on the same registry, then an upload). Manifests go up
 * by digest after all blobs, the index after them, the tags last.
 */
async function buildImage(options) {
    return pushImage(await planImage(options), options);
}
/**
 * Reads the base and computes the new configs, manifests and index without writing anything to the
 * target, so that the image can be tried (exported, run) before a single blob is pushed.
 */
async function planImage(options) {
    const baseRef = options.base.digest ?? options.base.tag ?? "latest";
    const base = await options.baseClient.getManifest(options.base.repository, baseRef);
    const isIndex = INDEX_TYPES.includes(base.mediaType);
    const baseImages = [];
    if (isIndex) {
        const index = JSON.parse(base.bytes.toString("utf8"));
        const images = index.manifests.filter((m) => m.platform && m.platform.os !== "unknown");
        const wanted = options.platforms?.length
            ? images.filter((m) => options.platforms?.some((p) => platformMatches(m.platform, p)))
            : images;
        for (const requested of options.platforms ?? []) {
            if (!images.some((m) => platformMatches(m.platform, requested))) {
                const offered = images.map((m) => formatPlatform(m.platform)).join(", ");
                throw new ImageBuildError(`the base image has no platform ${requested} (it has ${offered})`);
            }
        }
        for (const descriptor of wanted) {
            const manifest = await options.baseClient.getManifest(options.base.repository, descriptor.digest);
            baseImages.push({
                manifest: JSON.parse(manifest.bytes.toString("utf8")),
                platform: descriptor.platform,
            });
        }
    }
    else {
        baseImages.push({ manifest: JSON.parse(base.bytes.toString("utf8")) });
    }
    const sameRegistry = options.baseClient === options.targetClient;
    const planned = [];
    for (const { manifest, platform: indexPlatform } of baseImages) {
        const baseConfigBytes = await options.baseClient.getBlob(options.base.repository, manifest.config.digest);
        const baseConfig = JSON.parse(baseConfigBytes.toString("utf8"));
        const platform = indexPlatform ?? platformOfConfig(baseConfig);
        const configBytes = extendConfig(baseConfig, {
            diffIds: options.layers.map((l) => l.layer.diffId),
            history: options.layers.map((l) => l.createdBy),
            env: options.env,
            ...(options.defaultCmd ? { defaultCmd: options.defaultCmd } : {}),
            exposedPorts: options.exposedPorts,
            labels: options.labels,
            created: options.created,
        });
        const config = {
            mediaType: OCI_CONFIG,
            digest: sha256Digest(configBytes),
            size: configBytes.length,
        };
        const baseLayers = manifest.layers.map((l) => ({
            mediaType: ociLayerMediaType(l.mediaType),
            digest: l.digest,
            size: l.size,
        }));
        const added = options.layers.map(({ layer }) => ({
            mediaType: layer.mediaType,
            digest: layer.digest,
            size: layer.size,
        }));
        const imageManifest = {
            schemaVersion: 2,
            mediaType: OCI_MANIFEST,
            config,
            layers: [...baseLayers, ...added],
            annotations: options.annotations,
        };
        const bytes = Buffer.from(JSON.stringify(imageManifest));
        planned.push({
            ...(platform ? { platform } : {}),
            bytes,
            digest: sha256Digest(bytes),
            blobs: [
                ...manifest.layers.map((l) => ({
                    source: remoteBlobSource(options.baseClient, options.base.repository, l.digest, l.size, (0,external_node_path_.join)(options.workDir, l.digest.slice(7))),
                    kind: "base-layer",
                    mountable: sameRegistry,
                })),
                ...options.layers.map(({ layer }) => ({
                    source: fileSource(layer.digest, layer.size, layer.file),
                    kind: "layer",
                    mountable: false,
                })),
                { source: bufferSource(config.digest, configBytes), kind: "config", mountable: false },
            ],
        });
    }
    let top;
    if (isIndex) {
        const index = {
            schemaVersion: 2,
            mediaType: OCI_INDEX,
            manifests: planned.map((p) => ({
                mediaType: OCI_MANIFEST,
                digest: p.digest,
                size: p.bytes.length,
                platform: p.platform,
            })),
            annotations: options.annotations,
        };
        const bytes = Buffer.from(JSON.stringify(index));
        top = { mediaType: OCI_INDEX, bytes, digest: sha256Digest(bytes) };
    }
    else {
        const only = planned[0];
        top = { mediaType: OCI_MANIFEST, bytes: only.bytes, digest: only.digest };
    }
    return { top, isIndex, manifests: planned, baseDigest: base.digest };
}
/** Pushes a planned image: blobs, then the manifests by digest, then the index, the tags last. */
async function pushImage(image, options) {
    const log = options.log ?? (() => { });
    const { top, isIndex, manifests: planned } = image;
    const blobs = [];
    const seen = new Set();
    for (const manifest of planned) {
        for (const blob of manifest.blobs) {
            if (seen.has(blob.source.digest))
                continue;
            seen.add(blob.source.digest);
            const result = options.push
                ? await options.targetClient.pushBlob(options.target.repository, blob.source, blob.mountable ? options.base.repository : undefined)
                : "not-pushed";
            if (options.push)
                log(`${blob.kind} ${blob.source.digest}: ${result}`);
            blobs.push({ digest: blob.source.digest, size: blob.source.size, kind: blob.kind, result });
        }
    }
    if (options.push) {
        for (const manifest of planned) {
            if (!isIndex)
                break;
            await options.targetClient.putManifest(options.target.repository, manifest.digest, {
                mediaType: OCI_MANIFEST,
                bytes: manifest.bytes,
            });
        }
        await options.targetClient.putManifest(options.target.repository, top.digest, top);
        for (const tag of options.tags) {
            await options.targetClient.putManifest(options.target.repository, tag, top);
            log(`tagged ${tag}`);
        }
    }
    return {
        digest: top.digest,
        mediaType: top.mediaType,
        baseDigest: image.baseDigest,
        platforms: planned.map((p) => ({
            platform: p.platform ? formatPlatform(p.platform) : "unknown",
            digest: p.digest,
        })),
        blobs,
        tags: options.push ? options.tags : [],
    };
}
function platformOfConfig(config) {
    if (typeof config.os !== "string" || typeof config.architecture !== "string")
        return undefined;
    return {
        os: config.os,
        architecture: config.architecture,
        ...(typeof config.variant === "string" ? { variant: config.variant } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/oci/src/chunk-plan.ts
// How large one upload request may be: the client's preference (64 MiB, see registry-client.ts), capped
// where a registry is known to refuse larger request bodies, and raised to the minimum chunk length a
// registry asks for on its upload session (OCI distribution spec: `OCI-Chunk-Min-Length`).
const MiB = 1024 * 1024;
/**
 * ghcr.io refuses any upload request body over 4 MiB — a monolithic PUT or a PATCH chunk — with
 * `416 REQUESTED_RANGE_NOT_SATISFIABLE: the request body is too large and exceeds the maximum permissible
 * limit of 4.00MiB`. Reported by other OCI clients, whose fix is a chunk size under the cap for it:
 * ocx-sh/ocx PR #237, oras-project/rust-oci-client issue #35 and PR #37, wasmCloud/wash issue #268.
 */
const GHCR_MAX_REQUEST_BYTES = 4 * MiB;
const KNOWN_REQUEST_LIMITS = new Map([["ghcr.io", GHCR_MAX_REQUEST_BYTES]]);
/** The largest upload request body a registry (as named in a reference) is known to accept, if capped. */
function knownRequestLimit(registry) {
    return KNOWN_REQUEST_LIMITS.get(registry.toLowerCase());
}
/** `OCI-Chunk-Min-Length` of an upload session's response: a positive byte count, else undefined. */
function parseChunkMinLength(header) {
    const value = /^\s*(\d+)\s*$/.exec(header ?? "")?.[1];
    const length = value === undefined ? Number.NaN : Number(value);
    return Number.isSafeInteger(length) && length > 0 ? length : undefined;
}
/**
 * The chunk size for one upload session, which is also the largest blob sent in one PUT: the preferred
 * size capped at `maxRequestBytes`, then raised to `minChunkLength`. The registry's minimum wins over a
 * cap: it is what this very session demands, and a chunk under it would be refused for certain.
 */
function planChunkSize(plan) {
    const capped = Math.min(plan.preferred, plan.maxRequestBytes ?? Number.POSITIVE_INFINITY);
    return Math.max(capped, plan.minChunkLength ?? 0);
}
const UNITS = {
    b: 1,
    kb: 1000,
    kib: 1024,
    mb: 1000 ** 2,
    mib: MiB,
    gb: 1000 ** 3,
    gib: 1024 ** 3,
};
/**
 * The limit a registry names when it refuses a request body as too large (ghcr.io: "the request body is
 * too large and exceeds the maximum permissible limit of 4.00MiB"), in bytes; undefined when the text
 * does not name one.
 */
function parseRequestSizeLimit(text) {
    const match = /exceeds the maximum permissible limit of\s*(\d+(?:\.\d+)?)\s*([kmg]i?b|b)\b/i.exec(text);
    if (!match)
        return undefined;
    const bytes = Math.floor(Number(match[1]) * (UNITS[(match[2] ?? "").toLowerCase()] ?? Number.NaN));
    return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}

;// CONCATENATED MODULE: ./packages/oci/src/framework.ts

const FRAMEWORKS = ["sklearn", "xgboost", "lightgbm", "onnx", "mlflow"];
class FrameworkDetectionError extends Error {
    name = "FrameworkDetectionError";
}
const SETTINGS_FILE = "model-settings.json";
/**
 * Detects the framework from the files: an `MLmodel` file is MLflow; otherwise by extension: `.onnx`,
 * `.pkl`/`.joblib`/`.pickle` (scikit-learn), `.ubj`/`.bst`/`.json` (XGBoost), `.txt` starting with
 * LightGBM's `tree` header. More than one candidate, or none, is an error that names what was found.
 */
function detectFramework(files) {
    if (files.some((f) => f.relative === "MLmodel"))
        return { framework: "mlflow", uri: "." };
    const candidates = [];
    for (const file of files) {
        const framework = frameworkOfFile(file);
        if (framework)
            candidates.push({ framework, uri: file.relative });
    }
    const kinds = [...new Set(candidates.map((c) => c.framework))];
    if (kinds.length === 1 && candidates.length === 1)
        return candidates[0];
    if (candidates.length === 0) {
        throw new FrameworkDetectionError(`no model file found among ${files.length} file(s): expected MLmodel, *.onnx, *.pkl, *.joblib, *.ubj, *.bst, *.json or a LightGBM *.txt`);
    }
    throw new FrameworkDetectionError(`several model files found (${candidates.map((c) => `${c.uri}: ${c.framework}`).join(", ")}); set the framework input`);
}
/** The file to load for a framework given by the user: the first file that fits it, or the folder. */
function modelUriFor(framework, files) {
    if (framework === "mlflow")
        return ".";
    const match = files.find((file) => frameworkOfFile(file) === framework);
    return match?.relative ?? (files.length === 1 ? files[0].relative : ".");
}
function frameworkOfFile(file) {
    const name = file.relative.toLowerCase();
    if (name === SETTINGS_FILE || name.endsWith(`/${SETTINGS_FILE}`))
        return undefined;
    if (name.endsWith(".onnx"))
        return "onnx";
    if (/\.(pkl|pickle|joblib)$/.test(name))
        return "sklearn";
    if (/\.(ubj|bst)$/.test(name))
        return "xgboost";
    if (name.endsWith(".json"))
        return "xgboost";
    if (name.endsWith(".txt") && startsWith(file.absolute, "tree\n"))
        return "lightgbm";
    return undefined;
}
function startsWith(path, prefix) {
    const fd = (0,external_node_fs_.openSync)(path, "r");
    try {
        const buffer = Buffer.alloc(prefix.length);
        const read = (0,external_node_fs_.readSync)(fd, buffer, 0, prefix.length, 0);
        return buffer.subarray(0, read).toString("latin1") === prefix;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/reference.ts

const DOCKER_HUB = "docker.io";
const REPOSITORY_PATTERN = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
class InvalidReferenceError extends Error {
    name = "InvalidReferenceError";
}
/**
 * Parses a reference as the Docker CLI does: a first component with a `.` or `:` (or `localhost`) is the
 * registry, otherwise it is Docker Hub, where one-component names live under `library/`.
 */
function parseReference(text) {
    let rest = text.trim();
    let digest;
    const at = rest.indexOf("@");
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!isDigest(digest))
            throw new InvalidReferenceError(`'${text}' has an invalid digest (expected sha256:<64 hex>)`);
    }
    let tag;
    const lastSlash = rest.lastIndexOf("/");
    const colon = rest.lastIndexOf(":");
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG_PATTERN.test(tag))
            throw new InvalidReferenceError(`'${text}' has an invalid tag '${tag}'`);
    }
    const slash = rest.indexOf("/");
    const first = slash >= 0 ? rest.slice(0, slash) : "";
    const hasRegistry = slash >= 0 && (first.includes(".") || first.includes(":") || first === "localhost");
    const registry = hasRegistry ? first : DOCKER_HUB;
    let repository = hasRegistry ? rest.slice(slash + 1) : rest;
    if (registry === DOCKER_HUB && !repository.includes("/"))
        repository = `library/${repository}`;
    if (!REPOSITORY_PATTERN.test(repository)) {
        throw new InvalidReferenceError(`'${text}' has an invalid repository name '${repository}' (lower case, digits, . _ - /)`);
    }
    return { registry, repository, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
function isValidTag(tag) {
    return TAG_PATTERN.test(tag);
}
/** The host to call for a registry name: Docker Hub's API is not at docker.io. */
function registryApiHost(registry) {
    return registry === DOCKER_HUB ? "registry-1.docker.io" : registry;
}
function formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ""}${ref.digest ? `@${ref.digest}` : ""}`;
}
/**
 * Registries on the loopback network, which Docker also speaks plain HTTP to without being told
 * (127.0.0.0/8 is an insecure registry by default in dockerd).
 */
function isLoopbackRegistry(registry) {
    const host = registry.startsWith("[")
        ? registry.slice(1, registry.indexOf("]"))
        : registry.split(":")[0];
    return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}

;// CONCATENATED MODULE: ./packages/oci/src/image-metadata.ts

const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
/**
 * The tags docker/metadata-action makes by default, plus the short sha: `sha-<7>`; on a branch its name
 * (`/` becomes `-`) and `latest` on the default branch; on a semver tag `1.2.3`, `1.2` and `1` (the last
 * two not for pre-releases, `1` not for 0.x) and `latest`; on another tag its name; on a pull request
 * `pr-<number>`.
 */
function defaultTags(git) {
    const tags = [];
    if (git.ref.startsWith("refs/heads/")) {
        const branch = git.ref.slice("refs/heads/".length);
        tags.push(sanitizeTag(branch));
        if (git.defaultBranch && branch === git.defaultBranch)
            tags.push("latest");
    }
    else if (git.ref.startsWith("refs/tags/")) {
        const name = git.ref.slice("refs/tags/".length);
        const semver = SEMVER.exec(name);
        if (semver) {
            const [, major, minor, patch, prerelease] = semver;
            tags.push(`${major}.${minor}.${patch}${prerelease ? `-${prerelease}` : ""}`);
            if (!prerelease) {
                tags.push(`${major}.${minor}`);
                if (major !== "0")
                    tags.push(`${major}`);
                tags.push("latest");
            }
        }
        else {
            tags.push(sanitizeTag(name));
        }
    }
    else if (git.pullRequestNumber !== undefined) {
        tags.push(`pr-${git.pullRequestNumber}`);
    }
    if (git.sha)
        tags.push(`sha-${git.sha.slice(0, 7)}`);
    return [...new Set(tags.filter(isValidTag))];
}
/** A string as a valid tag: invalid characters become `-`, no leading `.`/`-`, at most 128 characters. */
function sanitizeTag(text) {
    return text
        .replace(/[^A-Za-z0-9_.-]/g, "-")
        .replace(/^[.-]+/, "")
        .slice(0, 128);
}
const MODEL_LABEL_PREFIX = "dev.mlops-actions.model";
/** `org.opencontainers.image.*` and model labels; empty facts are left out. */
function imageLabels(facts) {
    const labels = {
        "org.opencontainers.image.created": facts.created,
        "org.opencontainers.image.source": facts.sourceUrl,
        "org.opencontainers.image.revision": facts.revision,
        "org.opencontainers.image.version": facts.version,
        "org.opencontainers.image.title": facts.title,
        "org.opencontainers.image.description": facts.description,
        "org.opencontainers.image.licenses": facts.licenses,
        [`${MODEL_LABEL_PREFIX}.framework`]: facts.framework,
        [`${MODEL_LABEL_PREFIX}.sha256`]: facts.modelDigest,
        [`${MODEL_LABEL_PREFIX}.training-run`]: facts.trainingRunUrl,
        [`${MODEL_LABEL_PREFIX}.metrics`]: facts.metricsSummary,
    };
    return Object.fromEntries(Object.entries(labels).filter((entry) => Boolean(entry[1])));
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __nccwpck_require__(8474);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __nccwpck_require__(6118);
;// CONCATENATED MODULE: ./packages/oci/src/buffer-pool.ts
/**
 * Read buffers handed out again once their bytes have been written, so that copying a large file does
 * not allocate a fresh buffer per read (V8 then collects garbage every few megabytes). A buffer that is
 * never given back is simply not reused: releasing is an optimisation, never a requirement.
 */
class BufferPool {
    size;
    free = [];
    lent = new Map();
    constructor(size) {
        this.size = size;
    }
    acquire() {
        const buffer = this.free.pop() ?? Buffer.allocUnsafeSlow(this.size);
        this.lent.set(buffer.buffer, buffer);
        return buffer;
    }
    /** Gives back the buffer `chunk` was cut from, if it is one of ours; its bytes must be used up. */
    release(chunk) {
        const buffer = this.lent.get(chunk.buffer);
        if (!buffer)
            return;
        this.lent.delete(chunk.buffer);
        this.free.push(buffer);
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/layer.ts











const DEFAULT_GZIP_LEVEL = 6;
/** Fewer, larger chunks through tar-stream, the hash and the file: a model is hundreds of megabytes. */
const layer_FILE_READ_CHUNK = 1024 * 1024;
/**
 * Writes a reproducible layer: entries sorted by path (byte order), parent directories added, owner
 * 0:0 with empty names, modes 0755 (directories, executables) or 0644, one fixed time, ustar headers
 * (tar-stream adds a PAX header only for names ustar cannot hold), and gzip with a pinned level and no
 * name or time in its header (node's zlib writes mtime 0). Same entries and time: same bytes.
 */
async function buildLayer(entries, options) {
    const sorted = withParentDirectories(entries).sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
    const tar = (0,tar_stream.pack)();
    const pool = new BufferPool(layer_FILE_READ_CHUNK);
    const mtime = new Date(options.mtime * 1000);
    const writing = (async () => {
        for (const entry of sorted) {
            const header = { name: entry.path, mtime, uid: 0, gid: 0, uname: "", gname: "" };
            if (entry.type === "directory") {
                await addEntry(tar, { ...header, name: `${entry.path}/`, type: "directory", mode: 0o755 });
            }
            else if ("content" in entry) {
                await addEntry(tar, { ...header, type: "file", mode: entry.executable ? 0o755 : 0o644, size: entry.content.length }, entry.content);
            }
            else {
                await addFileEntry(tar, { ...header, type: "file", mode: entry.executable ? 0o755 : 0o644, size: entry.size }, entry.source, pool);
            }
        }
        tar.finalize();
    })();
    const gzip = options.compression === "gzip";
    const diffIdHash = (0,external_node_crypto_.createHash)("sha256");
    // Uncompressed, the blob is the tar: one hash serves as both digest and diff_id.
    const blobHash = gzip ? (0,external_node_crypto_.createHash)("sha256") : diffIdHash;
    let size = 0;
    const stages = [];
    if (gzip) {
        stages.push(tap((chunk) => diffIdHash.update(chunk)), (0,external_node_zlib_.createGzip)({
            level: options.gzipLevel ?? DEFAULT_GZIP_LEVEL,
            strategy: external_node_zlib_.constants.Z_DEFAULT_STRATEGY,
        }));
    }
    stages.push(tap((chunk) => {
        blobHash.update(chunk);
        size += chunk.length;
    }));
    await Promise.all([
        writing,
        gzip
            ? (0,external_node_stream_promises_namespaceObject.pipeline)([external_node_stream_.Readable.from(tarChunks(tar)), ...stages, (0,external_node_fs_.createWriteStream)(options.outFile)])
            : writeTar(tar, options.outFile, (chunk) => {
                blobHash.update(chunk);
                size += chunk.length;
            }, pool),
    ]);
    const diffId = digestOf(diffIdHash);
    const digest = gzip ? digestOf(blobHash) : diffId;
    return {
        file: options.outFile,
        mediaType: options.compression === "gzip" ? OCI_LAYER_GZIP : OCI_LAYER_TAR,
        digest,
        diffId,
        size,
    };
}
function addEntry(tar, header, content) {
    return new Promise((resolve, reject) => {
        tar.entry(header, content ?? Buffer.alloc(0), (error) => (error ? reject(error) : resolve()));
    });
}
/** The file's bytes, read into pooled buffers until its end (tar-stream checks the size against the header). */
async function addFileEntry(tar, header, source, pool) {
    const handle = await (0,promises_.open)(source, "r");
    try {
        await new Promise((resolve, reject) => {
            const sink = tar.entry(header, (error) => (error ? reject(error) : resolve()));
            (async () => {
                for (;;) {
                    const buffer = pool.acquire();
                    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
                    if (bytesRead === 0) {
                        pool.release(buffer);
                        break;
                    }
                    if (!sink.write(buffer.subarray(0, bytesRead)))
                        await (0,external_node_events_.once)(sink, "drain");
                }
                sink.end(undefined);
            })().catch(reject);
        });
    }
    finally {
        await handle.close();
    }
}
/** An uncompressed layer: each chunk observed, then written; then its read buffer goes back to the pool. */
async function writeTar(tar, outFile, observe, pool) {
    const out = (0,external_node_fs_.createWriteStream)(outFile);
    const closed = (0,external_node_stream_promises_namespaceObject.finished)(out);
    closed.catch(() => { });
    try {
        for await (const chunk of tarChunks(tar)) {
            observe(chunk);
            await new Promise((resolve, reject) => out.write(chunk, (error) => (error ? reject(error) : resolve())));
            pool.release(chunk);
        }
    }
    finally {
        out.end();
    }
    await closed;
}
async function* tarChunks(tar) {
    for await (const chunk of tar)
        yield chunk;
}
function tap(observe) {
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            observe(chunk);
            callback(null, chunk);
        },
    });
}
function withParentDirectories(entries) {
    const byPath = new Map();
    for (const entry of entries) {
        const path = entry.path.replace(/^\/+|\/+$/g, "");
        if (!path || path.split("/").some((part) => part === ".." || part === ".")) {
            throw new Error(`layer entry path '${entry.path}' is not a clean relative path`);
        }
        byPath.set(path, { ...entry, path });
        const parts = path.split("/");
        for (let depth = 1; depth < parts.length; depth++) {
            const parent = parts.slice(0, depth).join("/");
            if (!byPath.has(parent))
                byPath.set(parent, { path: parent, type: "directory" });
        }
    }
    return [...byPath.values()];
}

;// CONCATENATED MODULE: ./packages/oci/src/model-files.ts


/**
 * The files of a model (a folder, walked recursively in sorted order, or one file). Symbolic links are
 * followed; anything that is neither a file nor a folder is left out.
 */
function listModelFiles(modelPath) {
    const stats = (0,external_node_fs_.statSync)(modelPath);
    if (stats.isFile())
        return [toModelFile((0,external_node_path_.basename)(modelPath), modelPath)];
    const files = [];
    const walk = (dir, prefix) => {
        for (const name of (0,external_node_fs_.readdirSync)(dir).sort()) {
            const absolute = (0,external_node_path_.join)(dir, name);
            const entry = (0,external_node_fs_.statSync)(absolute);
            const relative = prefix ? `${prefix}/${name}` : name;
            if (entry.isDirectory())
                walk(absolute, relative);
            else if (entry.isFile())
                files.push(toModelFile(relative, absolute));
        }
    };
    walk(modelPath, "");
    return files;
}
function toModelFile(relative, absolute) {
    const stats = (0,external_node_fs_.statSync)(absolute);
    return { relative, absolute, size: stats.size, executable: (stats.mode & 0o111) !== 0 };
}
/** The model's files as layer entries under `targetDir` (e.g. `models`). */
function modelLayerEntries(files, targetDir) {
    return files.map((file) => ({
        path: `${targetDir}/${file.relative}`,
        type: "file",
        source: file.absolute,
        size: file.size,
        executable: file.executable,
    }));
}

;// CONCATENATED MODULE: ./packages/oci/src/model-settings.ts
/** MLServer's inference runtime class for each framework (the `implementation` of model-settings.json). */
const MLSERVER_IMPLEMENTATIONS = {
    sklearn: "mlserver_sklearn.SKLearnModel",
    xgboost: "mlserver_xgboost.XGBoostModel",
    lightgbm: "mlserver_lightgbm.LightGBMModel",
    onnx: "mlserver_onnx.OnnxModel",
    mlflow: "mlserver_mlflow.MLflowRuntime",
};
/**
 * MLServer's `model-settings.json` for one model: `name` (the model's V2 endpoint is
 * `/v2/models/<name>/infer`), the runtime class, and `parameters.uri` relative to the settings file.
 */
function mlserverModelSettings(options) {
    const settings = {
        name: options.name,
        implementation: MLSERVER_IMPLEMENTATIONS[options.framework],
        parameters: {
            uri: options.uri === "." ? "./" : `./${options.uri}`,
            ...(options.version ? { version: options.version } : {}),
        },
    };
    return Buffer.from(`${JSON.stringify(settings, null, 2)}\n`);
}
/** A model name MLServer accepts in a URL path: lower case letters, digits, `-`, `_`, `.`. */
function modelNameFrom(text) {
    const name = text
        .toLowerCase()
        .replace(/\.[a-z0-9]+$/, "")
        .replace(/[^a-z0-9._-]+/g, "-")
        .replace(/^[-.]+|[-.]+$/g, "");
    return name || "model";
}

;// CONCATENATED MODULE: ./packages/oci/src/model-layers.ts





const MODELS_DIR = "models";
/**
 * The model as its own layer under `/models`, uncompressed (the tar is the blob, so its digest depends
 * only on the files and the registry dedupes it across builds and runtimes, whatever gzip would do),
 * plus a small gzip layer with MLServer's model-settings.json unless the model brings one.
 */
async function buildModelLayers(options) {
    const files = listModelFiles(options.modelPath);
    const detection = options.framework === "auto"
        ? detectFramework(files)
        : { framework: options.framework, uri: modelUriFor(options.framework, files) };
    const model = await buildLayer(modelLayerEntries(files, MODELS_DIR), {
        outFile: (0,external_node_path_.join)(options.workDir, "model-layer.tar"),
        mtime: options.mtime,
        compression: "none",
    });
    const layers = [
        { layer: model, createdBy: `mlops-actions build-model-image: COPY model /${MODELS_DIR}/` },
    ];
    const generatedSettings = !files.some((f) => f.relative === "model-settings.json");
    if (generatedSettings) {
        const settings = await buildLayer([
            {
                path: `${MODELS_DIR}/model-settings.json`,
                type: "file",
                content: mlserverModelSettings({ name: options.modelName, ...detection }),
            },
        ], { outFile: (0,external_node_path_.join)(options.workDir, "settings-layer.tar.gz"), mtime: options.mtime, compression: "gzip" });
        layers.push({
            layer: settings,
            createdBy: `mlops-actions build-model-image: ${detection.framework} model-settings.json`,
        });
    }
    return { ...detection, layers, modelDigest: model.diffId, fileCount: files.length, generatedSettings };
}

;// CONCATENATED MODULE: ./packages/oci/src/modelpack.ts





/** CNCF ModelPack (github.com/modelpack/model-spec) media types and annotation keys. */
const MODELPACK_ARTIFACT_TYPE = "application/vnd.cncf.model.manifest.v1+json";
const MODELPACK_CONFIG = "application/vnd.cncf.model.config.v1+json";
const MODELPACK_WEIGHT_RAW = "application/vnd.cncf.model.weight.v1.raw";
const MODELPACK_WEIGHT_CONFIG_RAW = "application/vnd.cncf.model.weight.config.v1.raw";
const MODELPACK_DOC_RAW = "application/vnd.cncf.model.doc.v1.raw";
const MODELPACK_FILEPATH = "org.cncf.model.filepath";
/**
 * The model as a ModelPack artifact: one raw layer per file (the blob is the file itself, so its digest
 * is the file's sha256 and every registry dedupes it), weights, weight configuration and documentation
 * told apart by media type, each layer annotated with its path; the config's `modelfs.diff_ids` list
 * the same digests (a raw layer is its own uncompressed content).
 */
function buildModelPack(options) {
    const layers = [];
    const blobs = [];
    for (const file of options.files) {
        const digest = file.digest;
        layers.push({
            mediaType: layerMediaType(file.relative, options.weights),
            digest,
            size: file.size,
            annotations: { [MODELPACK_FILEPATH]: file.relative, "org.opencontainers.image.title": file.relative },
        });
        blobs.push({ source: fileSource(digest, file.size, file.absolute), kind: "layer" });
    }
    const config = Buffer.from(JSON.stringify({
        descriptor: {
            createdAt: options.created,
            name: options.name,
            ...(options.version ? { version: options.version } : {}),
            ...(options.revision ? { revision: options.revision } : {}),
            ...(options.sourceUrl ? { sourceURL: options.sourceUrl } : {}),
            ...(options.licenses?.length ? { licenses: options.licenses } : {}),
        },
        config: { format: options.framework },
        modelfs: { type: "layers", diff_ids: layers.map((l) => l.digest) },
    }));
    const configDigest = sha256Digest(config);
    blobs.push({ source: bufferSource(configDigest, config), kind: "config" });
    const manifest = Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        artifactType: MODELPACK_ARTIFACT_TYPE,
        config: { mediaType: MODELPACK_CONFIG, digest: configDigest, size: config.length },
        layers,
        annotations: options.annotations,
    }));
    return { digest: sha256Digest(manifest), manifest, blobs };
}
/** Pushes the blobs the repository lacks, then the manifest by digest, then the tags. */
async function pushModelPack(client, repository, pack, tags) {
    const pushed = [];
    for (const { source, kind } of pack.blobs) {
        if (pushed.some((p) => p.digest === source.digest))
            continue;
        pushed.push({
            digest: source.digest,
            size: source.size,
            kind,
            result: await client.pushBlob(repository, source),
        });
    }
    const manifest = { mediaType: OCI_MANIFEST, bytes: pack.manifest };
    await client.putManifest(repository, pack.digest, manifest);
    for (const tag of tags)
        await client.putManifest(repository, tag, manifest);
    return pushed;
}
const DOC_FILE = /(^|\/)(readme|license|licence|notice|changelog)[^/]*$|\.md$/i;
const CONFIG_FILE = /(^|\/)(MLmodel|requirements[^/]*\.txt|model-settings\.json|[^/]*\.ya?ml)$/;
/** Docs by name, then known configuration files, then the model's own files as weights. */
function layerMediaType(relative, weights) {
    if (DOC_FILE.test(relative))
        return MODELPACK_DOC_RAW;
    if (CONFIG_FILE.test(relative))
        return MODELPACK_WEIGHT_CONFIG_RAW;
    if (weights.includes(".") || weights.includes(relative))
        return MODELPACK_WEIGHT_RAW;
    return MODELPACK_WEIGHT_CONFIG_RAW;
}
/** Each file with its sha256 (the digest of its raw layer). */
async function hashModelFiles(files) {
    const hashed = [];
    for (const file of files)
        hashed.push({ ...file, digest: await fileDigest(file.absolute) });
    return hashed;
}
/** One digest for a set of files: the sha256 of their `sha256sum`-style listing, sorted by path. */
function listingDigest(files) {
    const lines = [...files]
        .sort((a, b) => (a.relative < b.relative ? -1 : 1))
        .map((f) => `${f.digest.slice(7)}  ${f.relative}\n`);
    return sha256Digest(lines.join(""));
}
async function fileDigest(path) {
    const hash = (0,external_node_crypto_.createHash)("sha256");
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return digestOf(hash);
}

;// CONCATENATED MODULE: ./packages/oci/src/oci-archive.ts





/**
 * Writes one platform of a planned image as an OCI archive (a tarred OCI image layout: `oci-layout`,
 * `index.json` naming the manifest `refName` (a full name such as `localhost/name:tag`), and
 * `blobs/sha256/*`), which `podman load`, `podman pull
 * oci-archive:` and `docker load` (Docker 25+) read. Blobs stream from their sources: base layers are
 * fetched from their registry, never from the target.
 */
async function writeOciArchive(manifest, file, refName) {
    const tar = (0,tar_stream.pack)();
    const index = {
        schemaVersion: 2,
        mediaType: OCI_INDEX,
        manifests: [
            {
                mediaType: OCI_MANIFEST,
                digest: manifest.digest,
                size: manifest.bytes.length,
                // The first is the OCI layout's name; docker (containerd) reads the second.
                annotations: { "org.opencontainers.image.ref.name": refName, "io.containerd.image.name": refName },
            },
        ],
    };
    const writing = (async () => {
        await addBuffer(tar, "oci-layout", Buffer.from(JSON.stringify({ imageLayoutVersion: "1.0.0" })));
        await addBuffer(tar, "index.json", Buffer.from(JSON.stringify(index)));
        await addDirectory(tar, "blobs/");
        await addDirectory(tar, "blobs/sha256/");
        await addBuffer(tar, blobPath(manifest.digest), manifest.bytes);
        const written = new Set();
        for (const { source } of manifest.blobs) {
            if (written.has(source.digest))
                continue;
            written.add(source.digest);
            await addBlob(tar, source);
        }
        tar.finalize();
    })();
    // Should writing fail, the tar is destroyed so that the pipeline below ends too.
    writing.catch((error) => tar.destroy(error));
    await Promise.all([writing, (0,external_node_stream_promises_namespaceObject.pipeline)(tar, (0,external_node_fs_.createWriteStream)(file))]);
}
function blobPath(digest) {
    return `blobs/sha256/${digest.slice("sha256:".length)}`;
}
function addDirectory(tar, name) {
    return new Promise((resolve, reject) => {
        tar.entry({ name, type: "directory", mode: 0o755 }, (error) => (error ? reject(error) : resolve()));
    });
}
function addBuffer(tar, name, content) {
    return new Promise((resolve, reject) => {
        tar.entry({ name, mode: 0o644 }, content, (error) => (error ? reject(error) : resolve()));
    });
}
/** Read in large chunks, each written once the entry took the previous ones. */
const READ_CHUNK = 4 * 1024 * 1024;
async function addBlob(tar, source) {
    await new Promise((resolve, reject) => {
        const sink = tar.entry({ name: blobPath(source.digest), mode: 0o644, size: source.size }, (error) => error ? reject(error) : resolve());
        sink.on("error", reject);
        (async () => {
            for (let offset = 0; offset < source.size;) {
                const chunk = await source.read(offset, Math.min(READ_CHUNK, source.size - offset));
                if (chunk.length === 0)
                    throw new Error(`blob ${source.digest} ended at byte ${offset}`);
                offset += chunk.length;
                if (!sink.write(chunk))
                    await (0,external_node_events_.once)(sink, "drain");
            }
            sink.end(undefined);
        })().catch(reject);
    });
}

;// CONCATENATED MODULE: ./packages/oci/src/registry-auth.ts

function basicAuthorization(credentials) {
    return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
}
/**
 * The token flow of the distribution spec (docs/spec/auth/token.md): GET the challenge's realm with its
 * service and the scopes, with Basic credentials when we have them (anonymous otherwise, as ghcr.io and
 * Docker Hub allow for public pulls). Answers carry `token` or the OAuth2 spelling `access_token`.
 */
async function fetchBearerToken(challenge, scopes, credentials, userAgent) {
    const realm = challenge.params.realm;
    if (!realm)
        throw new RegistryError("registry sent a Bearer challenge without a realm", {
            status: 401,
            method: "GET",
            url: "",
        });
    const url = new URL(realm);
    if (challenge.params.service)
        url.searchParams.set("service", challenge.params.service);
    for (const scope of scopes)
        url.searchParams.append("scope", scope);
    const headers = { "user-agent": userAgent };
    if (credentials)
        headers.authorization = basicAuthorization(credentials);
    let response;
    try {
        response = await fetch(url, { headers });
    }
    catch (error) {
        throw new RegistryError(`could not reach the token service ${url.origin}: ${error.message}`, {
            status: 0,
            method: "GET",
            url: url.origin + url.pathname,
        });
    }
    if (!response.ok) {
        await response.body?.cancel();
        throw new RegistryError(`the token service ${url.origin} refused the credentials (${response.status})`, {
            status: response.status === 403 ? 403 : 401,
            method: "GET",
            url: url.origin + url.pathname,
        });
    }
    const body = (await response.json());
    const token = body.token ?? body.access_token;
    if (!token)
        throw new RegistryError(`the token service ${url.origin} answered without a token`, {
            status: 401,
            method: "GET",
            url: url.origin + url.pathname,
        });
    return token;
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __nccwpck_require__(8500);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: ./packages/oci/src/stream-request.ts



const NULL_BODY_STATUSES = new Set([204, 205, 304]);
const REDIRECT_STATUSES = new Set([301, 302, 307, 308]);
const MAX_REDIRECTS = 5;
/**
 * Sends `body` with `node:http`/`node:https`, written straight into the request, and answers a fetch
 * `Response`. Uploads take this path rather than fetch: fetch pushes a request body through a web stream,
 * which roughly halves the throughput of a large blob, and needs the whole chunk in memory first.
 * Redirects are followed as fetch follows them for PUT and PATCH (same method and body; no
 * Authorization to another origin).
 */
async function streamRequest(method, url, headers, body) {
    let target = url;
    let sentHeaders = headers;
    for (let redirects = 0;; redirects++) {
        const message = await sendOnce(method, target, sentHeaders, body);
        const location = message.headers.location;
        if (!REDIRECT_STATUSES.has(message.statusCode ?? 0) || !location || redirects >= MAX_REDIRECTS) {
            return toResponse(message);
        }
        message.resume();
        const next = new URL(location, target);
        if (next.origin !== target.origin) {
            const { authorization: _dropped, ...rest } = sentHeaders;
            sentHeaders = rest;
        }
        target = next;
    }
}
function sendOnce(method, url, headers, body) {
    const send = url.protocol === "https:" ? external_node_https_namespaceObject.request : external_node_http_.request;
    return new Promise((resolve, reject) => {
        const outgoing = send(url, { method, headers: { ...headers, "content-length": String(body.length) } });
        let answered = false;
        outgoing.once("response", (incoming) => {
            answered = true;
            resolve(incoming);
        });
        outgoing.on("error", reject);
        // A registry may answer (401, 5xx) before reading the whole body; then the rest is not needed.
        body.writeTo(outgoing).then(() => outgoing.end(), (error) => {
            if (!answered)
                outgoing.destroy(error);
        });
    });
}
function toResponse(message) {
    const status = message.statusCode ?? 0;
    const headers = new Headers();
    for (const [name, value] of Object.entries(message.headers)) {
        if (value === undefined)
            continue;
        for (const item of Array.isArray(value) ? value : [value])
            headers.append(name, item);
    }
    let body = null;
    if (NULL_BODY_STATUSES.has(status))
        message.resume();
    else
        body = external_node_stream_.Readable.toWeb(message);
    return new Response(body, { status, statusText: message.statusMessage ?? "", headers });
}

;// CONCATENATED MODULE: ./packages/oci/src/www-authenticate.ts
/**
 * Parses the first challenge of a `WWW-Authenticate` header. Parameter values may be quoted strings that
 * contain commas (`scope="repository:a:pull,push"`) and backslash escapes. Scheme names are lower-cased.
 */
function parseWwwAuthenticate(header) {
    const match = /^\s*([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)\s*(.*)$/s.exec(header);
    if (!match)
        return undefined;
    const scheme = match[1].toLowerCase();
    const params = {};
    let rest = match[2];
    const param = /^\s*,?\s*([A-Za-z0-9!#$%&'*+.^_`|~-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*/s;
    for (;;) {
        const found = param.exec(rest);
        if (!found)
            break;
        const name = found[1].toLowerCase();
        params[name] = found[2] !== undefined ? found[2].replace(/\\(.)/gs, "$1") : (found[3] ?? "");
        rest = rest.slice(found[0].length);
        // A following challenge (`, Basic realm=...`) starts with a bare token: stop at the first challenge.
        if (/^,?\s*[A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*\s+[A-Za-z]/.test(rest))
            break;
    }
    return { scheme, params };
}

;// CONCATENATED MODULE: ./packages/oci/src/registry-client.ts









// Every chunk is a round trip in which the registry closes its file and saves its hash state before the
// next one starts: 16 MiB chunks made a 200 MB upload about 40% slower than 64 MiB ones (bench/).
const DEFAULT_CHUNK_SIZE = 64 * 1024 * 1024;
const pullScope = (repository) => `repository:${repository}:pull`;
const pushScope = (repository) => `repository:${repository}:pull,push`;
/**
 * A client for one registry over the OCI distribution API (`/v2/`), with node's fetch, except for blob
 * uploads, which stream from their source through node:http (see stream-request.ts). Authentication
 * follows the registry's `WWW-Authenticate` challenge: Basic with the credentials, or a Bearer token from
 * the token service, cached per set of scopes. One client serves every repository of its registry, so a
 * blob can be mounted from one repository into another.
 */
class RegistryClient {
    registry;
    baseUrl;
    chunkSize;
    maxRequestBytes;
    credentials;
    retries;
    retryDelayMs;
    userAgent;
    tokens = new Map();
    basic = false;
    constructor(options) {
        this.registry = options.registry;
        this.baseUrl = `${options.insecure ? "http" : "https"}://${registryApiHost(options.registry)}`;
        this.credentials = options.credentials;
        this.chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
        this.maxRequestBytes = options.maxRequestBytes ?? knownRequestLimit(options.registry);
        this.retries = options.retries ?? 3;
        this.retryDelayMs = options.retryDelayMs ?? 500;
        this.userAgent = options.userAgent ?? "mlops-actions-oci";
    }
    async getManifest(repository, reference, accept = MANIFEST_ACCEPT) {
        const response = await this.expect("GET", `/v2/${repository}/manifests/${reference}`, { scopes: [pullScope(repository)], headers: { accept: accept.join(", ") }, retry: true }, [200]);
        const bytes = Buffer.from(await response.arrayBuffer());
        const digest = sha256Digest(bytes);
        if (reference.startsWith("sha256:") && reference !== digest) {
            throw new RegistryError(`manifest ${repository}@${reference} has digest ${digest}`, {
                status: 200,
                method: "GET",
                url: response.url,
            });
        }
        const declared = JSON.parse(bytes.toString("utf8")).mediaType;
        const mediaType = declared ?? response.headers.get("content-type")?.split(";")[0] ?? "";
        return { mediaType, digest, bytes };
    }
    async putManifest(repository, reference, manifest) {
        await this.expect("PUT", `/v2/${repository}/manifests/${reference}`, {
            scopes: [pushScope(repository)],
            headers: { "content-type": manifest.mediaType },
            body: manifest.bytes,
            retry: true,
        }, [201]);
        return sha256Digest(manifest.bytes);
    }
    async hasBlob(repository, digest, scopes = [pushScope(repository)]) {
        const response = await this.send("HEAD", `/v2/${repository}/blobs/${digest}`, { scopes, retry: true });
        if (response.status === 200)
            return true;
        if (response.status === 404)
            return false;
        throw await this.failure("HEAD", response);
    }
    async getBlob(repository, digest) {
        const response = await this.expect("GET", `/v2/${repository}/blobs/${digest}`, { scopes: [pullScope(repository)], retry: true }, [200]);
        const bytes = Buffer.from(await response.arrayBuffer());
        const actual = sha256Digest(bytes);
        if (actual !== digest) {
            throw new RegistryError(`blob ${repository}@${digest} arrived with digest ${actual}`, {
                status: 200,
                method: "GET",
                url: response.url,
            });
        }
        return bytes;
    }
    /** The blob's body as a stream (for copying between registries); the caller verifies the digest. */
    async openBlob(repository, digest) {
        const response = await this.expect("GET", `/v2/${repository}/blobs/${digest}`, { scopes: [pullScope(repository)], retry: true }, [200]);
        if (!response.body)
            throw new RegistryError(`blob ${repository}@${digest} has no body`, {
                status: 200,
                method: "GET",
                url: response.url,
            });
        return response.body;
    }
    /**
     * Pushes a blob unless the repository has it: HEAD first, then a cross-repository mount when
     * `mountFrom` names a repository of this registry that has it, then an upload.
     */
    async pushBlob(repository, blob, mountFrom) {
        if (await this.hasBlob(repository, blob.digest))
            return "exists";
        let session;
        if (mountFrom && mountFrom !== repository) {
            const query = `mount=${encodeURIComponent(blob.digest)}&from=${encodeURIComponent(mountFrom)}`;
            const response = await this.send("POST", `/v2/${repository}/blobs/uploads/?${query}`, {
                scopes: [pushScope(repository), pullScope(mountFrom)],
                headers: { "content-length": "0" },
                retry: true,
            });
            if (response.status === 201)
                return "mounted";
            if (response.status !== 202)
                throw await this.failure("POST", response);
            // The registry could not mount (no access to the source): it opened a normal upload instead.
            session = this.session(response);
        }
        await this.uploadBlob(repository, blob, session);
        return "uploaded";
    }
    /**
     * Uploads a blob: one PUT when it fits a chunk, otherwise PATCH chunks that resume after a failure.
     * When the registry refuses a request as too large and names its limit, the upload starts over in
     * chunks of that limit.
     */
    async uploadBlob(repository, blob, started) {
        let session = started ?? (await this.startUpload(repository));
        let maxRequestBytes = this.maxRequestBytes;
        for (;;) {
            const chunkSize = planChunkSize({
                preferred: this.chunkSize,
                maxRequestBytes,
                minChunkLength: session.minChunkLength,
            });
            try {
                if (blob.size <= chunkSize)
                    await this.putWhole(repository, blob, session.location);
                else
                    await this.putChunks(repository, blob, session.location, chunkSize);
                return;
            }
            catch (error) {
                const limit = error instanceof RegistryError ? requestSizeLimit(error) : undefined;
                // Only a limit under the size just refused, and not already tried, can make a difference.
                if (limit === undefined || limit === maxRequestBytes || limit >= Math.min(chunkSize, blob.size)) {
                    throw error;
                }
                maxRequestBytes = limit;
                session = await this.startUpload(repository);
            }
        }
    }
    /** POST (already done: `started`) and one `PUT ?digest=` with the whole blob, restarted on 5xx. */
    async putWhole(repository, blob, started) {
        const scopes = [pushScope(repository)];
        const upload = blobRange(blob, 0, blob.size);
        for (let attempt = 0;; attempt++) {
            const location = attempt === 0 ? started : (await this.startUpload(repository)).location;
            const response = await this.sendOnce("PUT", withDigest(location, blob.digest), {
                scopes,
                headers: { "content-type": "application/octet-stream" },
                upload,
            }).catch((error) => error);
            if (!(response instanceof Error) && response.status === 201)
                return;
            if (attempt >= this.retries || !(response instanceof Error || response.status >= 500)) {
                throw response instanceof Error
                    ? this.networkError("PUT", location, response)
                    : await this.failure("PUT", response, location);
            }
            if (!(response instanceof Error))
                await response.body?.cancel();
            await this.pause(attempt);
        }
    }
    /** PATCH chunks with `Content-Range`, resuming from the registry's status after a failure, then PUT. */
    async putChunks(repository, blob, started, chunkSize) {
        const scopes = [pushScope(repository)];
        let location = started;
        let offset = 0;
        let failures = 0;
        while (offset < blob.size) {
            const length = Math.min(chunkSize, blob.size - offset);
            const end = offset + length - 1;
            const response = await this.sendOnce("PATCH", location, {
                scopes,
                headers: { "content-type": "application/octet-stream", "content-range": `${offset}-${end}` },
                upload: blobRange(blob, offset, length),
            }).catch((error) => error);
            if (!(response instanceof Error) && response.status === 202) {
                location = this.location(response);
                offset = end + 1;
                failures = 0;
                continue;
            }
            // A 416 is a chunk out of step with the registry (resumed from its status below), or, when the
            // registry names a limit, a chunk too large: uploadBlob starts over with smaller ones.
            const refusal = response instanceof Error || response.status !== 416
                ? undefined
                : await this.failure("PATCH", response, location);
            if (refusal && requestSizeLimit(refusal) !== undefined)
                throw refusal;
            const retriable = response instanceof Error || response.status >= 500 || response.status === 416;
            if (!retriable || failures >= this.retries) {
                throw (refusal ??
                    (response instanceof Error
                        ? this.networkError("PATCH", location, response)
                        : await this.failure("PATCH", response, location)));
            }
            if (!(response instanceof Error) && !refusal)
                await response.body?.cancel();
            await this.pause(failures++);
            const status = await this.uploadStatus(location, scopes);
            // A session the registry can no longer continue (distribution: BLOB_UPLOAD_INVALID) starts over.
            ({ location, offset } = status ?? {
                location: (await this.startUpload(repository)).location,
                offset: 0,
            });
        }
        await this.expectAt("PUT", withDigest(location, blob.digest), { scopes, headers: { "content-length": "0" } }, [201]);
    }
    /**
     * Where an interrupted upload stands: the registry's `Range: 0-<last byte>` and a fresh location, or
     * undefined when the registry dropped the session.
     */
    async uploadStatus(location, scopes) {
        const response = await this.send("GET", location, { scopes, retry: true });
        if (response.status === 404) {
            await response.body?.cancel();
            return undefined;
        }
        if (response.status !== 204)
            throw await this.failure("GET", response);
        const range = /^(?:bytes=)?0-(\d+)$/.exec(response.headers.get("range") ?? "");
        const last = range ? Number(range[1]) : -1;
        // distribution reports an empty upload as `0-0`, the same as a one-byte one; chunks are never one byte.
        return {
            location: response.headers.get("location") ? this.location(response) : location,
            offset: last > 0 ? last + 1 : 0,
        };
    }
    async startUpload(repository) {
        const response = await this.expect("POST", `/v2/${repository}/blobs/uploads/`, { scopes: [pushScope(repository)], headers: { "content-length": "0" }, retry: true }, [202]);
        return this.session(response);
    }
    session(response) {
        const minChunkLength = parseChunkMinLength(response.headers.get("oci-chunk-min-length"));
        return { location: this.location(response), ...(minChunkLength ? { minChunkLength } : {}) };
    }
    location(response) {
        const header = response.headers.get("location");
        if (!header)
            throw new RegistryError("registry answered an upload without a Location", {
                status: response.status,
                method: "POST",
                url: response.url,
            });
        return new URL(header, this.baseUrl);
    }
    async expect(method, path, options, statuses) {
        return this.expectAt(method, new URL(path, this.baseUrl), options, statuses);
    }
    async expectAt(method, url, options, statuses) {
        const response = await this.send(method, url, options);
        if (!statuses.includes(response.status))
            throw await this.failure(method, response, url);
        return response;
    }
    /** One request with authentication, retried on 5xx and network errors when `retry` is set. */
    async send(method, target, options) {
        const url = typeof target === "string" ? new URL(target, this.baseUrl) : target;
        for (let attempt = 0;; attempt++) {
            try {
                const response = await this.sendOnce(method, url, options);
                if (response.status < 500 || !options.retry || attempt >= this.retries)
                    return response;
                await response.body?.cancel();
            }
            catch (error) {
                if (error instanceof RegistryError || !options.retry || attempt >= this.retries) {
                    throw error instanceof RegistryError ? error : this.networkError(method, url, error);
                }
            }
            await this.pause(attempt);
        }
    }
    async sendOnce(method, url, options) {
        const key = options.scopes.join(" ");
        let response = await this.fetchWithAuth(method, url, options, key);
        if (response.status !== 401)
            return response;
        const challenge = parseWwwAuthenticate(response.headers.get("www-authenticate") ?? "");
        await response.body?.cancel();
        if (challenge?.scheme === "bearer") {
            const scopes = [
                ...new Set([...(challenge.params.scope ? challenge.params.scope.split(" ") : []), ...options.scopes]),
            ];
            this.tokens.set(key, await fetchBearerToken(challenge, scopes, this.credentials, this.userAgent));
        }
        else if (challenge?.scheme === "basic" && this.credentials && !this.basic) {
            this.basic = true;
        }
        else {
            return response;
        }
        response = await this.fetchWithAuth(method, url, options, key);
        return response;
    }
    fetchWithAuth(method, url, options, key) {
        const headers = { "user-agent": this.userAgent, ...options.headers };
        const token = this.tokens.get(key);
        if (token)
            headers.authorization = `Bearer ${token}`;
        else if (this.basic && this.credentials)
            headers.authorization = basicAuthorization(this.credentials);
        if (options.upload)
            return streamRequest(method, url, headers, options.upload);
        return fetch(url, { method, headers, ...(options.body ? { body: options.body } : {}) });
    }
    /** `url` names the request when the response does not (those of streamed uploads). */
    async failure(method, response, url) {
        const { code, text } = await describeErrorBody(response);
        const where = new URL(response.url || url?.href || this.baseUrl);
        return new RegistryError(`${method} ${where.host}${where.pathname} failed: ${response.status} ${response.statusText}${text ? ` (${text})` : ""}`, { status: response.status, method, url: where.origin + where.pathname, ...(code ? { code } : {}) });
    }
    networkError(method, url, error) {
        const cause = error.cause?.message ?? error.message;
        return new RegistryError(`${method} ${url.host}${url.pathname} failed: ${cause}`, {
            status: 0,
            method,
            url: url.origin + url.pathname,
        });
    }
    pause(attempt) {
        return (0,external_node_timers_promises_.setTimeout)(this.retryDelayMs * 2 ** attempt);
    }
}
/** The limit a registry named when it refused a request body as too large (ghcr.io: 416), if any. */
function requestSizeLimit(error) {
    return error.status === 416 || error.status === 413 ? parseRequestSizeLimit(error.message) : undefined;
}
function blobRange(blob, offset, length) {
    return { length, writeTo: (sink) => blob.writeTo(sink, offset, length) };
}
function withDigest(location, digest) {
    const url = new URL(location);
    url.searchParams.set("digest", digest);
    return url;
}

;// CONCATENATED MODULE: ./packages/oci/src/index.ts























/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(2099);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
