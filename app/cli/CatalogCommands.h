#pragma once

#include "CliContext.h"

namespace quittance::cli {

// `client add|list|show|edit|archive|unarchive|delete` and the same for
// `product`, over services::ClientService and services::ProductService.
// Records come from field options or, with --file, from one JSON record in
// the interchange format (JsonClientCodec, JsonProductCodec).
class CatalogCommands {
public:
    explicit CatalogCommands(CliContext& context)
        : m_cx(context) {}

    ExitCode client();
    ExitCode product();

private:
    template <typename Entity>
    ExitCode run(const QString& group);
    template <typename Entity>
    ExitCode add();
    template <typename Entity>
    ExitCode edit();
    template <typename Entity>
    ExitCode list();
    template <typename Entity>
    ExitCode show();
    template <typename Entity>
    ExitCode archive(bool archived);
    template <typename Entity>
    ExitCode remove();

    CliContext& m_cx;
};

} // namespace quittance::cli
