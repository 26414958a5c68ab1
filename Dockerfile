# herald in a container, for CI systems:
#   docker run --rm -v "$PWD":/site ghcr.io/OWNER/herald:0.1 build
# Built by the release workflow for linux/amd64 and linux/arm64. Two stages: a static (musl)
# herald compiled on Alpine, then a final image with only that binary, CA certificates (for
# `herald check --external`) and a user that is not root.

FROM rust:1.92-alpine3.22 AS build
# libwebp is compiled from C; musl-dev links the static binary.
RUN apk add --no-cache build-base musl-dev git
WORKDIR /src
COPY . .
ARG HERALD_COMMIT=""
ENV HERALD_COMMIT=${HERALD_COMMIT}
RUN cargo build --locked --profile dist \
    && cp target/dist/herald /herald \
    && /herald --version

FROM alpine:3.22
RUN apk add --no-cache ca-certificates \
    && adduser -D -H -u 10001 herald
COPY --from=build /herald /usr/local/bin/herald
USER 10001:10001
WORKDIR /site
ENTRYPOINT ["herald"]
CMD ["--help"]
