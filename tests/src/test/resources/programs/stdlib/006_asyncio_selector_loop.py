# asyncio's own selector event loop (self-pipe on a socketpair, PollSelector): timers, tasks, a stream echo.
import asyncio


async def echo(reader, writer):
    data = await reader.readline()
    writer.write(data.upper())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    loop = asyncio.get_running_loop()
    print(type(loop).__name__, isinstance(loop._selector, __import__("selectors").BaseSelector))
    order = []
    loop.call_soon(order.append, "soon")
    loop.call_later(0.02, order.append, "later")
    await asyncio.sleep(0.05)
    print(order)
    results = await asyncio.gather(*(asyncio.sleep(0.01 * i, result=i) for i in range(3)))
    print(results)
    server = await asyncio.start_server(echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"hello stream\n")
    print(await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.05)
    except TimeoutError:
        print("wait_for timed out")
    return "done"


print(asyncio.run(main()))
